#include "ConflictReviewDialog.h"

#include "common/MessageBox.h"
#include "db/Database.h"
#include "package/PackageImport.h"
#include "package/PackageMerge.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

namespace {

enum Choice { Later, KeepBureau, TakeField };

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return ConflictReviewDialog::tr("(none)");
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// What a person recognises the record by: an enterprise's name, a diagnosis's date and assessor.
QString recordLabel(const PackageRepository& repo, const QString& table, const QString& uuid)
{
    const TableSpec* spec = RecordSchema::table(table);
    auto now = spec ? PackageMerge::current(repo, *spec, uuid) : Result<QPair<QVariantMap, QJsonObject>>(Status());
    if (!now)
        return uuid;
    const QJsonObject& f = now->second;
    if (table == QLatin1String("enterprises"))
        return f.value(QStringLiteral("name")).toString();
    return ConflictReviewDialog::tr("Diagnosis of %1 by %2").arg(f.value(QStringLiteral("visit_date")).toString(),
                                                                  f.value(QStringLiteral("assessor")).toString());
}

// The field as the forms call it; an answer of the questionnaire by its item id.
QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Name")},
        {QStringLiteral("credit_code"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Credit code")},
        {QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Contact")},
        {QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Contact phone")},
        {QStringLiteral("employees"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Employees")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Notes")},
        {QStringLiteral("visit_date"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Visit date")},
        {QStringLiteral("assessor"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Assessor")},
        {QStringLiteral("findings"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Findings")},
        {QStringLiteral("recommendations"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Recommendations")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("dx::ConflictReviewDialog", "Status")},
    };
    if (field.startsWith(QLatin1String("answers/")))
        return ConflictReviewDialog::tr("Answer %1").arg(field.section(QLatin1Char('/'), 2));
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : ConflictReviewDialog::tr(*it);
}

} // namespace

ConflictReviewDialog::ConflictReviewDialog(std::shared_ptr<Database> db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_table(new QTableWidget(0, ColumnCount, this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Review conflicts"));
    setObjectName(QStringLiteral("conflictReviewDialog"));
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("As sent"), tr("Bureau's value"), tr("Field's value"), tr("Decision")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* apply = buttons->addButton(tr("&Apply decisions"), QDialogButtonBox::ApplyRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    connect(apply, &QPushButton::clicked, this, &ConflictReviewDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These fields were changed both at the bureau and in the field. Nothing was overwritten: "
                                "decide for each field which value stands."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 480);
    reload();
}

void ConflictReviewDialog::reload()
{
    PackageRepository repo(*m_db);
    auto list = repo.conflicts();
    m_table->setRowCount(0);
    if (!list) {
        m_status->setText(list.message());
        return;
    }
    m_table->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const PackageConflict& c = list->at(row);
        const QStringList cells{recordLabel(repo, c.table, c.recordUuid), fieldLabel(c.field), shown(c.base), shown(c.bureau),
                                shown(c.fieldValue)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        m_table->item(row, RecordColumn)->setData(Qt::UserRole, c.id);
        auto* choice = new QComboBox(m_table);
        choice->addItem(tr("Decide later"), Later);
        choice->addItem(tr("Keep the bureau's value"), KeepBureau);
        choice->addItem(tr("Take the field's value"), TakeField);
        m_table->setCellWidget(row, ChoiceColumn, choice);
    }
    m_status->setText(tr("%n open conflict(s).", nullptr, int(list->size())));
}

void ConflictReviewDialog::apply()
{
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int choice = static_cast<QComboBox*>(m_table->cellWidget(row, ChoiceColumn))->currentData().toInt();
        if (choice == Later)
            continue;
        const qint64 id = m_table->item(row, RecordColumn)->data(Qt::UserRole).toLongLong();
        const Status s = PackageImport::resolve(*m_db, id, choice == TakeField);
        if (!s)
            problems << QStringLiteral("%1 / %2: %3").arg(m_table->item(row, RecordColumn)->text(), m_table->item(row, FieldColumn)->text(), s.message());
    }
    if (!problems.isEmpty())
        MessageBox::warning(this, windowTitle(), problems.join(QLatin1Char('\n')));
    reload();
}

} // namespace dx
