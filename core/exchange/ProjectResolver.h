#pragma once

#include "RowCells.h"
#include "domain/Project.h"

#include <QHash>

namespace dx {

class Database;

// Which enterprise and project a ledger row means: the enterprise by its credit code, the
// project by its title among the enterprise's projects that are not cancelled — or, with no
// title, the enterprise's only such project. Anything else is an issue on the row.
class ProjectResolver
{
    Q_DECLARE_TR_FUNCTIONS(dx::ProjectResolver)
public:
    explicit ProjectResolver(const Database& db) : m_db(&db) {}
    Status load();   // the credit codes of the register
    qint64 enterpriseOf(RowCells& cells, const QString& codeKey);
    // `projectRequired` false: no title and no single project gives 0 without an issue.
    const Project* projectOf(RowCells& cells, qint64 enterpriseId, const QString& titleKey, bool projectRequired = true);

private:
    const Database* m_db;
    QHash<QString, qint64> m_enterprises;
    QHash<qint64, QVector<Project>> m_projects;
};

} // namespace dx
