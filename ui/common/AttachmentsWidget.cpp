#include "AttachmentsWidget.h"

#include "exchange/ViewExport.h"
#include "Format.h"
#include "MessageBox.h"
#include "OpenOnEnter.h"
#include "repo/AttachmentRepository.h"
#include "util/Settings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dx {

namespace {
QString kindName(const QString& kind)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("dx::AttachmentsWidget", "Contract")},
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("dx::AttachmentsWidget", "Invoice")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("dx::AttachmentsWidget", "Payment proof")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("dx::AttachmentsWidget", "Site photo")},
        {QStringLiteral("acceptance"), QT_TRANSLATE_NOOP("dx::AttachmentsWidget", "Signed acceptance form")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("dx::AttachmentsWidget", "Other")},
    };
    const char* name = names.value(kind);
    return name ? QCoreApplication::translate("dx::AttachmentsWidget", name) : kind;
}
const QStringList kKinds = {QStringLiteral("contract"), QStringLiteral("invoice"), QStringLiteral("payment"),
                            QStringLiteral("photo"), QStringLiteral("acceptance"), QStringLiteral("other")};
}

AttachmentsWidget::AttachmentsWidget(std::shared_ptr<Database> db, const QString& ownerTable, qint64 ownerId, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_ownerTable(ownerTable), m_ownerId(ownerId)
{
    setObjectName(QStringLiteral("attachments"));
    auto* layout = new QVBoxLayout(this);
    m_view = new QTreeWidget(this);
    viewExport::setTitle(m_view, tr("Evidence"));
    m_view->setObjectName(QStringLiteral("attachmentView"));
    m_view->setRootIsDecorated(false);
    m_view->setHeaderLabels({tr("File"), tr("Kind"), tr("Size"), tr("SHA-256"), tr("Added"), tr("By")});
    setFocusProxy(m_view);
    layout->addWidget(m_view, 1);
    auto* row = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("attachmentKind"));
    for (const QString& k : kKinds)
        m_kind->addItem(kindName(k), k);
    auto* attachButton = new QPushButton(tr("Attach &document…"), this);
    attachButton->setObjectName(QStringLiteral("attachButton"));
    auto* openButton = new QPushButton(tr("Open"), this);
    auto* saveButton = new QPushButton(tr("Save a copy…"), this);
    row->addWidget(new QLabel(tr("Kind:"), this));
    row->addWidget(m_kind);
    row->addWidget(attachButton);
    row->addWidget(openButton);
    row->addWidget(saveButton);
    row->addStretch(1);
    layout->addLayout(row);
    connect(attachButton, &QPushButton::clicked, this, &AttachmentsWidget::attach);
    connect(openButton, &QPushButton::clicked, this, &AttachmentsWidget::openCurrent);
    connect(saveButton, &QPushButton::clicked, this, &AttachmentsWidget::saveCopy);
    OpenOnEnter::install(m_view, [this](QTreeWidgetItem*) { openCurrent(); });
    reload();
}

void AttachmentsWidget::reload()
{
    m_view->clear();
    auto list = AttachmentRepository(*m_db).list(m_ownerTable, m_ownerId);
    if (!list)
        return;
    for (const Attachment& a : list.value()) {
        auto* item = new QTreeWidgetItem({a.fileName, kindName(a.kind), tr("%1 KB").arg(format::count((a.size + 1023) / 1024)),
                                          a.sha256.left(16) + QStringLiteral("…"), format::localTime(a.addedAt), a.addedBy});
        item->setToolTip(3, a.sha256);
        item->setData(0, Qt::UserRole, a.id);
        m_view->addTopLevelItem(item);
    }
    for (int c = 0; c < m_view->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
}

bool AttachmentsWidget::attachFile(const QString& path)
{
    const qint64 maxBytes = qint64(Settings::value(Settings::Key::AttachmentMaxMegabytes).toInt()) * 1024 * 1024;
    auto added = AttachmentRepository(*m_db).add(m_ownerTable, m_ownerId, path, m_kind->currentData().toString(), maxBytes);
    if (!added) {
        MessageBox::warning(this, tr("Attach document"), added.message());
        return false;
    }
    reload();
    return true;
}

void AttachmentsWidget::attach()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach documents"),
                                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    for (const QString& f : files)
        if (!attachFile(f))
            break;
}

qint64 AttachmentsWidget::currentId() const
{
    const QTreeWidgetItem* item = m_view->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void AttachmentsWidget::openCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    // The system viewer needs a file: a verified copy in a private temporary folder.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("dxdesk-documents"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2").arg(id).arg(m_view->currentItem()->text(0)));
    const Status s = AttachmentRepository(*m_db).exportTo(id, path);
    if (!s) {
        MessageBox::warning(this, tr("Open document"), s.message());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::information(this, tr("Open document"), tr("No program is set up to open this file. A copy was saved as %1.")
                                                              .arg(QDir::toNativeSeparators(path)));
}

void AttachmentsWidget::saveCopy()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), m_view->currentItem()->text(0));
    if (path.isEmpty())
        return;
    const Status s = AttachmentRepository(*m_db).exportTo(id, path);
    if (!s)
        MessageBox::warning(this, tr("Save a copy"), s.message());
}

} // namespace dx
