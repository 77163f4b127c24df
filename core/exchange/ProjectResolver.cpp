#include "ProjectResolver.h"

#include "domain/CreditCode.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ProjectRepository.h"

namespace dx {

Status ProjectResolver::load()
{
    auto ids = EnterpriseRepository(*m_db).idsByCreditCode();
    if (!ids)
        return ids.status();
    m_enterprises = ids.value();
    m_projects.clear();
    return Status::ok();
}

qint64 ProjectResolver::enterpriseOf(RowCells& cells, const QString& codeKey)
{
    const QString code = CreditCode::normalize(cells.required(codeKey, tr("The credit code is missing.")));
    if (code.isEmpty())
        return 0;
    const qint64 id = m_enterprises.value(code, 0);
    if (!id)
        cells.issue(codeKey, tr("No registered enterprise has this credit code."));
    return id;
}

const Project* ProjectResolver::projectOf(RowCells& cells, qint64 enterpriseId, const QString& titleKey, bool projectRequired)
{
    if (!enterpriseId)
        return nullptr;
    if (!m_projects.contains(enterpriseId)) {
        auto projects = ProjectRepository(*m_db).listForEnterprise(enterpriseId);
        if (!projects) {
            cells.issue(QString(), projects.message());
            return nullptr;
        }
        m_projects.insert(enterpriseId, projects.value());
    }
    const QString title = cells.text(titleKey);
    const QVector<Project>& projects = m_projects[enterpriseId];
    const Project* found = nullptr;
    int matches = 0;
    for (const Project& p : projects)
        if (p.state != ProjectState::Cancelled && (title.isEmpty() || p.title == title)) {
            found = &p;
            ++matches;
        }
    if (matches == 1)
        return found;
    if (title.isEmpty() && !projectRequired)
        return nullptr;
    if (matches == 0)
        cells.issue(title.isEmpty() ? QString() : titleKey,
                    title.isEmpty() ? tr("The enterprise has no project that is not cancelled.") : tr("The enterprise has no project of this name."));
    else
        cells.issue(title.isEmpty() ? QString() : titleKey,
                    title.isEmpty() ? tr("The enterprise has %1 projects; name the project in a column of its own.").arg(matches)
                                    : tr("The enterprise has %1 projects of this name.").arg(matches));
    return nullptr;
}

} // namespace dx
