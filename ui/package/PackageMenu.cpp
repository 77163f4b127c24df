#include "PackageMenu.h"

#include "ConflictReviewDialog.h"
#include "ImportSummaryDialog.h"
#include "PackageExportDialog.h"
#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "package/FieldPackage.h"
#include "package/PackageImport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

namespace dx {

namespace {

QString packageFilter() { return PackageMenu::tr("DX Desk field packages (*.dxpkg);;All files (*)"); }
QString returnFilter() { return PackageMenu::tr("DX Desk return packages (*.dxret);;All files (*)"); }

} // namespace

PackageMenu::PackageMenu(DatabaseFn db, SwitchFn switchTo, QWidget* parent)
    : QMenu(tr("Field pac&kages"), parent), m_db(std::move(db)), m_switchTo(std::move(switchTo))
{
    setObjectName(QStringLiteral("packageMenu"));
    // The bureau's side: its officers and administrators (the role model, Access).
    m_bureau << addAction(tr("&Export field package for a provider…"), this, &PackageMenu::exportPackage)
             << addAction(tr("&Import return package…"), this, &PackageMenu::importReturn)
             << addAction(tr("&Review conflicts…"), this, &PackageMenu::reviewConflicts);
    addSeparator();
    addAction(tr("&Open field package (field mode)…"), this, &PackageMenu::openPackage);
    m_return = addAction(tr("Export re&turn package…"), this, &PackageMenu::exportReturn);
    m_return->setObjectName(QStringLiteral("exportReturnAction"));
    connect(this, &QMenu::aboutToShow, this, &PackageMenu::updateActions);
}

void PackageMenu::updateActions()
{
    const auto db = m_db();
    const bool field = db && FieldPackage::isFieldDatabase(*db);
    m_return->setEnabled(field);
    const bool bureau = db && db->access().canEditCases();
    for (QAction* a : std::as_const(m_bureau))
        a->setEnabled(bureau);
    m_return->setToolTip(field ? QString() : tr("Only a field database opened from a package has a return package."));
}

void PackageMenu::exportPackage()
{
    PackageExportDialog dialog(m_db(), parentWidget());
    dialog.exec();
}

void PackageMenu::openPackage()
{
    const QString package = QFileDialog::getOpenFileName(parentWidget(), tr("Open field package"), QDir::homePath(), packageFilter());
    if (package.isEmpty())
        return;
    const QString suggested = QFileInfo(package).absoluteDir().filePath(QFileInfo(package).completeBaseName() + QStringLiteral("-field.sqlite"));
    const QString target = QFileDialog::getSaveFileName(parentWidget(), tr("New field database"), suggested,
                                                        tr("DX Desk databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    // The fingerprint the bureau passed on pins its key; left empty, the key is trusted on first
    // use and shown below for comparison.
    bool ok = false;
    const QString fingerprint = QInputDialog::getText(parentWidget(), tr("Open field package"),
                                                      tr("The bureau's key fingerprint, if you were given it (optional):"),
                                                      QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto opened = FieldPackage::open(package, target, QDate::currentDate(), fingerprint);
    if (!opened) {
        MessageBox::critical(parentWidget(), tr("Open field package"), opened.message());
        return;
    }
    OpenOptions options;
    options.createIfMissing = false;
    auto db = Database::open(target, options);
    if (!db) {
        MessageBox::critical(parentWidget(), tr("Open field package"), db.message());
        return;
    }
    m_switchTo(db.value());
    MessageBox::information(parentWidget(), tr("Field mode"),
                            tr("This window now works on the field database %1: %2 enterprises of %3, %4 diagnoses. "
                               "The package is valid until %5.\n\nThe bureau's key fingerprint is %6; compare it with the "
                               "one the bureau gave you.\n\nWhen the visits are done, use Field packages → Export return package.")
                                .arg(QDir::toNativeSeparators(target))
                                .arg(opened->enterprises)
                                .arg(opened->bureauName)
                                .arg(opened->diagnoses)
                                .arg(opened->expiresOn.toString(Qt::ISODate), opened->bureauFingerprint));
}

void PackageMenu::exportReturn()
{
    const auto db = m_db();
    const QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Export return package"), QDir::homePath(), returnFilter());
    if (path.isEmpty())
        return;
    auto r = FieldPackage::exportReturn(*db, path);
    if (!r) {
        MessageBox::critical(parentWidget(), tr("Export return package"), r.message());
        return;
    }
    QString text = tr("%1 written: %2 enterprises, %3 diagnoses and %4 attachments changed or new since the package.")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(r->enterprises)
                       .arg(r->diagnoses)
                       .arg(r->attachments);
    if (r->notReturned > 0)
        text += QStringLiteral("\n\n") + tr("%1 changes to projects or providers made here are not sent back; projects are changed "
                                             "at the bureau.").arg(r->notReturned);
    MessageBox::information(parentWidget(), tr("Export return package"), text);
}

void PackageMenu::importReturn()
{
    const auto db = m_db();
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Import return package"), QDir::homePath(), returnFilter());
    if (path.isEmpty())
        return;
    using R = Result<PackageImportSummary>;
    const R r = runInBackground<R>(parentWidget(), db, tr("Import return package"), tr("Checking and merging the package…"),
                                   [db, path](const ProgressFn&, const std::atomic_bool*) { return PackageImport::run(*db, path); });
    if (!r) {
        MessageBox::critical(parentWidget(), tr("Import return package"), r.message());
        return;
    }
    ImportSummaryDialog summary(r.value(), parentWidget());
    if (summary.exec() == ImportSummaryDialog::ReviewConflicts)
        reviewConflicts();
}

void PackageMenu::reviewConflicts()
{
    ConflictReviewDialog dialog(m_db(), parentWidget());
    dialog.exec();
}

} // namespace dx
