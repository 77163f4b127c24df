#include "RegisterExchange.h"

#include "ImportDialog.h"
#include "common/BackgroundTask.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "exchange/EnterpriseExport.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace dx::registerExchange {

bool importLedger(QWidget* parent, const std::shared_ptr<Database>& db, const QString& kind)
{
    ImportDialog dialog(db, kind, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return dialog.outcome().created + dialog.outcome().updated > 0;
}

void exportList(QWidget* parent, const std::shared_ptr<Database>& db, const EnterpriseFilter& filter)
{
    const QString folder = Settings::value(Settings::Key::LastImportFolder).toString();
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                  .filePath(QCoreApplication::translate("dx::RegisterExchange", "enterprises-%1.xlsx").arg(db->clock().today().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("dx::RegisterExchange", "Export the register"), suggested,
                                                      QCoreApplication::translate("dx::RegisterExchange", "Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastImportFolder, QFileInfo(path).absolutePath());
    EnterpriseExportOptions options;
    // PIPL: full numbers leave the program only when the officer says so, for this file.
    options.unmaskPhones = MessageBox::question(parent, QCoreApplication::translate("dx::RegisterExchange", "Export the register"),
                                                QCoreApplication::translate("dx::RegisterExchange", "Write the full contact phone numbers? Choose No to keep them masked "
                                                   "(138****5678) as the register shows them."),
                                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    auto written = runInBackground<Result<int>>(parent, db, QCoreApplication::translate("dx::RegisterExchange", "Export the register"), QCoreApplication::translate("dx::RegisterExchange", "Writing %1…").arg(QFileInfo(path).fileName()),
                                                [&](const ProgressFn& progress, const std::atomic_bool* cancel) {
                                                    return EnterpriseExport(*db).write(
                                                        filter, path, options, [&progress](int done) { progress(done, 0); }, cancel);
                                                });
    if (!written) {
        if (written.code() != ErrorCode::Cancelled)
            MessageBox::warning(parent, QCoreApplication::translate("dx::RegisterExchange", "Export the register"), written.message());
        return;
    }
    MessageBox::information(parent, QCoreApplication::translate("dx::RegisterExchange", "Export the register"),
                            QCoreApplication::translate("dx::RegisterExchange", "%1 enterprises written to %2.").arg(format::count(written.value()), QDir::toNativeSeparators(path)));
}

} // namespace dx::registerExchange
