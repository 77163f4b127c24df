#include "BatchPrintDialog.h"

#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseRepository.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dx {

namespace {
constexpr qint64 kSelection = -2;   // the source "selected enterprises"
constexpr qint64 kListed = -3;      // the source "what the register lists"
}

BatchPrintDialog::BatchPrintDialog(std::shared_ptr<Database> db, const QVector<qint64>& selected, const std::optional<Listed>& listed,
                                   QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_selected(selected), m_listed(listed)
{
    setObjectName(QStringLiteral("batchPrintDialog"));
    setWindowTitle(tr("Print dossiers"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("batchSource"));
    if (!m_selected.isEmpty())
        m_source->addItem(tr("The %n selected enterprise(s)", nullptr, int(m_selected.size())), kSelection);
    if (m_listed)
        m_source->addItem(m_listed->count >= 0 ? tr("The %n enterprise(s) the register lists", nullptr, int(m_listed->count))
                                               : tr("The enterprises the register lists"),
                          kListed);
    if (auto clusters = ClusterRepository(*m_db).list())
        for (const Cluster& c : clusters.value())
            m_source->addItem(tr("Every enterprise of %1").arg(c.name), c.id);
    form->addRow(tr("&Dossiers of:"), m_source);
    m_onePdf = new QRadioButton(tr("One PDF with every dossier"), this);
    m_onePdf->setObjectName(QStringLiteral("batchOnePdf"));
    m_eachFile = new QRadioButton(tr("One PDF file per enterprise, in a folder"), this);
    m_eachFile->setObjectName(QStringLiteral("batchEachFile"));
    m_onePdf->setChecked(true);
    form->addRow(tr("Output:"), m_onePdf);
    form->addRow(QString(), m_eachFile);
    m_personal = new QCheckBox(tr("Print contact phone numbers in full"), this);
    form->addRow(m_personal);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print to PDF…"), QDialogButtonBox::AcceptRole);
    print->setDefault(true);
    connect(print, &QPushButton::clicked, this, &BatchPrintDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void BatchPrintDialog::start()
{
    const QString folder = Settings::value(Settings::Key::LastImportFolder).toString();
    const QString start = folder.isEmpty() ? QDir::homePath() : folder;
    const QString target = m_onePdf->isChecked()
                               ? QFileDialog::getSaveFileName(this, tr("Print dossiers"),
                                                              QDir(start).filePath(m_source->currentText() + QStringLiteral(".pdf")),
                                                              tr("PDF documents (*.pdf)"))
                               : QFileDialog::getExistingDirectory(this, tr("Folder for the dossiers"), start);
    if (target.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastImportFolder, m_onePdf->isChecked() ? QFileInfo(target).absolutePath() : target);
    if (run(target))
        accept();
}

Result<report::BatchOutcome> BatchPrintDialog::run(const QString& target)
{
    report::BatchRequest request;
    request.onePdf = m_onePdf->isChecked();
    request.target = target;
    request.options.showPersonal = m_personal->isChecked();
    const qint64 source = m_source->currentData().toLongLong();
    const QVector<qint64> selected = m_selected;
    EnterpriseFilter filter;
    if (source == kListed && m_listed) {
        filter = m_listed->filter;
    } else if (source != kSelection) {
        filter.clusterId = source;
    }
    const std::shared_ptr<Database> db = m_db;
    auto out = runInBackground<Result<report::BatchOutcome>>(
        this, m_db, tr("Print dossiers"), tr("Printing the dossiers…"),
        [db, request, source, selected, filter](const ProgressFn& progress,
                                                const std::atomic_bool* cancel) mutable -> Result<report::BatchOutcome> {
            request.enterpriseIds = selected;
            if (source != kSelection) {
                // The cluster's (or the register's list's) enterprises in name order, read on this
                // thread's connection.
                request.enterpriseIds.clear();
                const Status listed = EnterpriseRepository(*db).forEach(filter, [&](const Enterprise& e) {
                    request.enterpriseIds << e.id;
                    return !cancel->load();
                });
                if (!listed)
                    return listed;
            }
            return report::DossierBatch::run(*db, request, progress, cancel);
        });
    if (out)
        MessageBox::information(this, windowTitle(),
                                tr("%n dossier(s) printed, %1 pages in all.", nullptr, out->dossiers).arg(out->pages));
    else if (out.code() != ErrorCode::Cancelled)
        MessageBox::critical(this, windowTitle(), out.message());
    return out;
}

} // namespace dx
