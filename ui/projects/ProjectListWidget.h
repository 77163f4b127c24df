#pragma once

#include <QWidget>
#include <memory>

class QTreeWidget;

namespace dx {

class Database;

// An enterprise's transformation projects (state, contract, target), with new and open.
class ProjectListWidget : public QWidget
{
    Q_OBJECT
public:
    ProjectListWidget(std::shared_ptr<Database> db, qint64 enterpriseId, QWidget* parent = nullptr);
    void reload();

public slots:
    void newProject();

private:
    void open(qint64 id);
    std::shared_ptr<Database> m_db;
    qint64 m_enterpriseId;
    QTreeWidget* m_view;
};

} // namespace dx
