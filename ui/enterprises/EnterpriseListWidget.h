#pragma once

#include "domain/Enterprise.h"
#include "repo/ProgressRepository.h"

#include <QDate>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace dx {

class Database;
class EnterpriseTableModel;

// The register: search box, filters, the lazy table, and the actions on a selected row.
class EnterpriseListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EnterpriseListWidget(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    ~EnterpriseListWidget() override;

    EnterpriseTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QUndoStack* undoStack() const { return m_undo; }
    void reloadReferenceData();   // clusters may have changed

public slots:
    void newEnterprise();
    void editCurrent();
    void toggleArchiveCurrent();
    void focusSearch();
    void reload();
    void showCluster(qint64 clusterId);   // the register narrowed to one cluster (-1 all, 0 none)
    // The register narrowed as the dashboard was (cluster, district, size, tier) to the
    // enterprises at `stage` as of the dashboard's date: its drill-down.
    void showProgress(const ProgressFilter& scope, ProgressStage stage);

signals:
    void statusMessage(const QString& text);

private:
    void applyFilter();
    void updateCount(qint64 total);
    void updateActions();
    qint64 currentId() const;
    void selectId(qint64 id);

    std::shared_ptr<Database> m_db;
    EnterpriseTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_cluster;
    QComboBox* m_district;
    QComboBox* m_tier;
    QComboBox* m_scale;
    QComboBox* m_archived;
    QComboBox* m_stage;
    QDate m_stageAsOf;   // the dashboard's date when the stage came from it; invalid: as things are now
    QLabel* m_countLabel;
    QPushButton* m_editButton;
    QPushButton* m_archiveButton;
    QTimer* m_searchDelay;
    QUndoStack* m_undo;
};

} // namespace dx
