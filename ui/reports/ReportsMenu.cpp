#include "ReportsMenu.h"

#include "BatchPrintDialog.h"
#include "ReportDialog.h"
#include "common/MessageBox.h"
#include "util/Settings.h"

#include "enterprises/EnterpriseListWidget.h"
#include "enterprises/EnterpriseTableModel.h"

#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>

namespace dx {

ReportsMenu::ReportsMenu(DatabaseFn db, RegisterFn list, QWidget* parent)
    : QMenu(tr("Re&ports"), parent), m_db(std::move(db)), m_register(std::move(list))
{
    setObjectName(QStringLiteral("reportsMenu"));
    addAction(tr("Enterprise &dossier (一企一档)…"), QKeySequence(Qt::CTRL | Qt::Key_P), this, &ReportsMenu::dossier);
    addAction(tr("&Cluster progress report…"), this, [this] { ReportDialog::cluster(parentWidget(), m_db())->open(); });
    addAction(tr("&Monthly summary…"), this, [this] { ReportDialog::monthly(parentWidget(), m_db())->open(); });
    addSeparator();
    addAction(tr("&Batch print dossiers…"), this, &ReportsMenu::batch);
    addSeparator();
    addAction(tr("Bureau &name in the header…"), this, &ReportsMenu::bureauName);
}

QVector<qint64> ReportsMenu::selectedIn(const EnterpriseListWidget* list)
{
    QVector<qint64> ids;
    if (!list)
        return ids;
    for (const QModelIndex& index : list->view()->selectionModel()->selectedRows())
        ids << list->model()->idAt(index.row());
    return ids;
}

void ReportsMenu::dossier()
{
    const QVector<qint64> selected = selectedIn(m_register());
    if (selected.isEmpty()) {
        MessageBox::information(parentWidget(), tr("Enterprise dossier"), tr("Select an enterprise in the register first."));
        return;
    }
    ReportDialog::dossier(parentWidget(), m_db(), selected.first())->open();
}

void ReportsMenu::batch()
{
    const EnterpriseListWidget* list = m_register();
    std::optional<BatchPrintDialog::Listed> listed;
    if (list)
        listed = BatchPrintDialog::Listed{list->model()->filter(), list->model()->totalCount()};
    BatchPrintDialog dialog(m_db(), selectedIn(list), listed, parentWidget());
    dialog.exec();
}

void ReportsMenu::bureauName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Bureau name"), tr("Printed at the top of every report:"),
                                               QLineEdit::Normal, Settings::value(Settings::Key::BureauName).toString(), &ok);
    if (ok)
        Settings::setValue(Settings::Key::BureauName, name.trimmed());
}

} // namespace dx
