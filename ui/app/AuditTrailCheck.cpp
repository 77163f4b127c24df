#include "AuditTrailCheck.h"

#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "repo/AuditRepository.h"

namespace dx {

void AuditTrailCheck::run(QWidget* parent, const DatabasePtr& db)
{
    const QString title = tr("Verify audit trail");
    const auto checked = runInBackground<Result<AuditVerification>>(
        parent, db, title, tr("Checking the hash chain of every audit row…"),
        [db](const ProgressFn& progress, const std::atomic_bool* cancel) {
            // Ids can exceed an int: the dialog gets thousandths.
            return AuditRepository(*db).verify({}, [&progress](qint64 done, qint64 last) {
                progress(last > 0 ? int(done * 1000 / last) : 1000, 1000);
            }, cancel);
        });
    if (!checked) {
        if (checked.status().code() != ErrorCode::Cancelled)
            MessageBox::critical(parent, title, checked.message());
        return;
    }
    const AuditVerification& v = checked.value();
    if (v.ok())
        MessageBox::information(parent, title,
                                tr("%1\n\nLast row %2, hash %3. Note them down (or keep an export): a later check with "
                                   "`dxdesk audit verify --anchor %2:%3` proves that nothing up to that row was rewritten.")
                                    .arg(v.describe())
                                    .arg(v.lastId)
                                    .arg(v.lastHash));
    else
        MessageBox::critical(parent, title,
                             tr("%1\n\n%2 rows before it are intact. The database itself was not changed by this check; keep a copy "
                                "of the file as it is and compare it with a backup to see what was altered.")
                                 .arg(v.describe())
                                 .arg(v.rowsChecked));
}

} // namespace dx
