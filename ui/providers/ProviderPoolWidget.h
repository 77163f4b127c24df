#pragma once

#include "domain/Provider.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace dx {

class Database;

// The city's resource pool (资源池) as a main-window area: every provider with its roles,
// admission batch, standing and scorecard (enterprises served, projects filed/accepted/not
// accepted, milestones on time, average level uplift), and the "小快轻准" catalogue below it.
// One search box filters both; role, standing and review filters narrow them. The pool is a
// few hundred providers and a few thousand products even for a province, so both lists load
// whole and filter in memory (reload: tens of milliseconds); the scorecards are one query.
class ProviderPoolWidget : public QWidget
{
    Q_OBJECT
public:
    ProviderPoolWidget(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    void reload();
    void newProvider();
    void editCurrentProvider();
    void editStanding();
    void newProduct();
    void editCurrentProduct();

private:
    void fillProducts();
    void applyFilters();
    qint64 currentProviderId() const;
    void selectProvider(qint64 id);

    std::shared_ptr<Database> m_db;
    QLineEdit* m_search;
    QComboBox* m_role;
    QComboBox* m_standing;
    QComboBox* m_review;
    QCheckBox* m_onlySelected;
    QTreeWidget* m_providers;
    QTreeWidget* m_products;
    QLabel* m_error;
    QLabel* m_counts;
    QVector<Provider> m_pool;
    QVector<Product> m_catalogue;
    QHash<QString, QString> m_sceneNames;
    bool m_headerReady = false;
};

} // namespace dx
