#include "ClusterDialog.h"

#include "db/Database.h"
#include "repo/ClusterRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
enum Column { NameColumn, CodesColumn, TargetColumn, ArchivedColumn };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
constexpr int UuidRole = Qt::UserRole + 3;

// An integer item: the table edits it with a spin box, so only whole numbers get in.
QTableWidgetItem* targetItem(int target)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, target);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
}

ClusterDialog::ClusterDialog(std::shared_ptr<Database> db, QWidget* parent) : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("clusterDialog"));
    setWindowTitle(tr("Industry clusters"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Each cluster groups GB/T 4754 industry codes (divisions such as 17, 18), separated by commas. "
                               "New enterprises in those industries are suggested this cluster."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("clusterTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Industry codes"), tr("Target"), tr("Archived")});
    m_table->horizontalHeader()->setSectionResizeMode(CodesColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NameColumn, 180);
    m_table->horizontalHeaderItem(TargetColumn)
        ->setToolTip(tr("Enterprises of the cluster to be transformed (project accepted) by the end of the programme; 0 for none."));
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* add = buttons->addButton(tr("&Add cluster"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &ClusterDialog::addRow);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClusterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClusterDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
    load();
}

void ClusterDialog::load()
{
    m_table->setRowCount(0);
    auto clusters = ClusterRepository(*m_db).list(true);
    if (!clusters) {
        m_error->setText(clusters.message());
        m_error->show();
        return;
    }
    for (const Cluster& c : clusters.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(c.name);
        name->setData(IdRole, c.id);
        name->setData(VersionRole, c.version);
        name->setData(UuidRole, c.uuid);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CodesColumn, new QTableWidgetItem(c.industryCodes.join(QStringLiteral(", "))));
        m_table->setItem(row, TargetColumn, targetItem(c.target));
        auto* archived = new QTableWidgetItem;
        archived->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        archived->setCheckState(c.archived ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, ArchivedColumn, archived);
    }
}

void ClusterDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(tr("New cluster"));
    name->setData(IdRole, qint64(0));
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, CodesColumn, new QTableWidgetItem);
    m_table->setItem(row, TargetColumn, targetItem(0));
    auto* archived = new QTableWidgetItem;
    archived->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    archived->setCheckState(Qt::Unchecked);
    m_table->setItem(row, ArchivedColumn, archived);
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(name);
}

void ClusterDialog::accept()
{
    QVector<Cluster> clusters;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        Cluster c;
        c.id = name->data(IdRole).toLongLong();
        c.version = name->data(VersionRole).toInt();
        c.uuid = name->data(UuidRole).toString();
        c.name = name->text();
        c.sortOrder = row + 1;
        for (const QString& code : m_table->item(row, CodesColumn)->text().split(QRegularExpression(QStringLiteral("[,，;；\\s]+")),
                                                                               Qt::SkipEmptyParts))
            c.industryCodes << code.trimmed();
        c.target = m_table->item(row, TargetColumn)->data(Qt::EditRole).toInt();
        c.archived = m_table->item(row, ArchivedColumn)->checkState() == Qt::Checked;
        clusters.push_back(c);
    }
    const Status saved = ClusterRepository(*m_db).saveAll(clusters);
    if (!saved) {
        m_error->setText(saved.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace dx
