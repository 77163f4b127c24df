#pragma once

#include "common/ConflictDialog.h"
#include "domain/Project.h"
#include "domain/Provider.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace dx {

class CheckList;
class Database;

// The "N" of a project's "1+1+N" and what it aims at: its target scenes, its product vendors and
// the "小快轻准" products it uses. Ticking a product ticks its vendor (a product must come from a
// party of the project); rejected products and removed providers are listed only if the project
// already has them.
class ProjectProductsWidget : public QWidget
{
    Q_OBJECT
public:
    ProjectProductsWidget(std::shared_ptr<Database> db, QWidget* parent = nullptr);

    void setProject(const Project& project);
    void apply(Project& project) const;   // copies the ticked scenes, vendors and products
    // The scenes, vendors and products of two versions of a project, named as the lists name them
    // (for the conflict dialog).
    QVector<ConflictField> conflictFields(const Project& mine, const Project& theirs) const;
    void setEditable(bool editable);

private:
    void fillProducts();
    void applyFilter();
    void productToggled(QTreeWidgetItem* item, int column);

    std::shared_ptr<Database> m_db;
    CheckList* m_scenes;
    CheckList* m_vendors;
    QLineEdit* m_vendorFilter;
    QTreeWidget* m_products;
    QLineEdit* m_productFilter;
    QCheckBox* m_onlyTargetScenes;
    QLabel* m_summary;
    QVector<Provider> m_providers;
    QVector<Product> m_catalogue;
    QHash<QString, QString> m_sceneNames;
    Project m_project;
    bool m_editable = true;
};

} // namespace dx
