#include "ConflictDialog.h"

#include "Format.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
enum Column { FieldColumn, MineColumn, TheirsColumn, ColumnCount };
const QColor kDiffering(0xff, 0xf0, 0xc2);   // light amber, with black text

bool holds(QLayoutItem* item, const QWidget* field)
{
    if (!item)
        return false;
    if (item->widget() == field)
        return true;
    if (QLayout* layout = item->layout())
        for (int i = 0; i < layout->count(); ++i)
            if (holds(layout->itemAt(i), field))
                return true;
    return false;
}

// The label of the form row holding `field`, in `layout` or a form nested in it.
const QLabel* rowLabel(QLayout* layout, const QWidget* field)
{
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (!holds(form->itemAt(row, QFormLayout::FieldRole), field))
                continue;
            QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
            return label ? qobject_cast<const QLabel*>(label->widget()) : nullptr;
        }
    }
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout* inner = layout->itemAt(i)->layout())
            if (const QLabel* label = rowLabel(inner, field))
                return label;
    return nullptr;
}
}

ConflictDialog::ConflictDialog(const QString& record, const QVector<ConflictField>& fields, const QString& changedBy,
                               const QString& changedAt, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    const QString by = who(changedBy);
    const QString when = format::localTime(changedAt);
    for (const ConflictField& f : fields)
        m_differing += f.differs() ? 1 : 0;

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(tr("\"%1\" was saved by %2 at %3 after you opened it; your edit is not saved yet.")
                                .arg(record, by, when)
                                .toHtmlEscaped(),
                            tr("%n field(s) differ. Keep your version (it replaces the stored one and is recorded in the history), "
                               "take the stored version (your edit is dropped), or cancel to go back to your edit.",
                               nullptr, m_differing)
                                .toHtmlEscaped()));
    top->addWidget(intro, 1);
    layout->addLayout(top);

    m_table = new QTableWidget(int(fields.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Stored version (%1, %2)").arg(by, when)});
    m_table->horizontalHeaderItem(MineColumn)->setToolTip(tr("What you have in the editor, not saved"));
    m_table->horizontalHeaderItem(TheirsColumn)->setToolTip(tr("Saved by %1 at %2").arg(by, when));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // A handful of rows: heights follow the (wrapped) text, the value columns share the width.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    for (int row = 0; row < fields.size(); ++row) {
        const ConflictField& f = fields.at(row);
        const QStringList texts{f.label, f.mine, f.theirs};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (f.differs()) {
                item->setBackground(kDiffering);
                item->setForeground(QColor(Qt::black));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("Differs"));
            }
            m_table->setItem(row, column, item);
        }
    }
    layout->addWidget(m_table, 1);

    m_showAll = new QCheckBox(tr("&Show the fields that are the same"), this);
    m_showAll->setObjectName(QStringLiteral("showUnchangedCheck"));
    m_showAll->setEnabled(m_differing < fields.size());
    connect(m_showAll, &QCheckBox::toggled, this, &ConflictDialog::showUnchanged);
    layout->addWidget(m_showAll);
    if (m_differing == 0)
        m_showAll->setChecked(true);   // nothing differs any more: show what there is
    else
        showUnchanged(false);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    keep->setToolTip(tr("Save your version over the stored one; the history records what it replaced"));
    QPushButton* take = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::DestructiveRole);
    take->setObjectName(QStringLiteral("takeTheirsButton"));
    take->setToolTip(tr("Show the stored version in the editor; your unsaved edit is dropped"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setToolTip(tr("Back to the editor with your edit; nothing is saved"));
    // Enter must not overwrite anyone's work by accident: the safe choice is the default.
    for (QPushButton* b : {keep, take})
        b->setAutoDefault(false);
    cancel->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(take, &QPushButton::clicked, this, [this] { choose(Choice::TakeTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumSize(520, 300);
    const int rows = m_showAll->isChecked() ? int(fields.size()) : m_differing;
    resize(820, qBound(340, 230 + 34 * rows, 640));
}

ConflictDialog::Choice ConflictDialog::ask(QWidget* parent, const QString& record, const QVector<ConflictField>& fields,
                                           const QString& changedBy, const QString& changedAt)
{
    ConflictDialog dialog(record, fields, changedBy, changedAt, parent);
    dialog.exec();
    return dialog.choice();
}

QString ConflictDialog::plainLabel(QString label)
{
    static const QRegularExpression mnemonicInBrackets(QStringLiteral("\\(&.\\)"));
    static const QRegularExpression requiredMark(QStringLiteral("\\s*\\*$"));
    label.remove(mnemonicInBrackets);
    label.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    label.remove(QLatin1Char('&'));
    label.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    label.remove(requiredMark);
    return label.trimmed();
}

QString ConflictDialog::fieldLabel(const QWidget* field)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(field)) {
        static const QRegularExpression note(QStringLiteral("\\s*[(（][^()（）]*[)）]$"));
        return plainLabel(button->text()).remove(note);
    }
    const QWidget* page = field ? field->parentWidget() : nullptr;
    const QLabel* label = page && page->layout() ? rowLabel(page->layout(), field) : nullptr;
    return label ? plainLabel(label->text()) : QString();
}

QString ConflictDialog::comboText(const QComboBox* box, const QVariant& value)
{
    const int i = box->findData(value);
    return i >= 0 ? box->itemText(i) : value.toString();
}

QString ConflictDialog::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QVector<ConflictField> ConflictDialog::fieldsFor(const QList<const QWidget*>& widgets, const QStringList& mine, const QStringList& theirs)
{
    QVector<ConflictField> fields;
    for (int i = 0; i < widgets.size(); ++i)
        fields.append({fieldLabel(widgets.at(i)), mine.value(i), theirs.value(i)});
    return fields;
}

QString ConflictDialog::who(const QString& changedBy)
{
    return changedBy.isEmpty() ? tr("someone else") : changedBy;
}

QString ConflictDialog::notSavedMessage(const QString& record, const QString& changedBy, const QString& changedAt)
{
    return tr("Not saved: \"%1\" was saved by %2 at %3 after you opened it. Save again to compare the two versions.")
        .arg(record, who(changedBy), format::localTime(changedAt));
}

QString ConflictDialog::reloadedMessage(const QString& record, const QString& changedBy, const QString& changedAt)
{
    return tr("\"%1\" was saved by %2 at %3 after you opened it; you had changed nothing, so that version is shown now.")
        .arg(record, who(changedBy), format::localTime(changedAt));
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void ConflictDialog::showUnchanged(bool show)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool differs = m_table->item(row, MineColumn)->text() != m_table->item(row, TheirsColumn)->text();
        m_table->setRowHidden(row, !show && !differs);
    }
}

} // namespace dx
