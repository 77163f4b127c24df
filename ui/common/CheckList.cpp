#include "CheckList.h"

namespace dx {

CheckList::CheckList(QWidget* parent) : QListWidget(parent)
{
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        emit checkedChanged(item->data(Qt::UserRole), item->checkState() == Qt::Checked);
    });
}

void CheckList::addChoice(const QVariant& id, const QString& label, const QString& toolTip)
{
    auto* item = new QListWidgetItem(label);
    item->setData(Qt::UserRole, id);
    item->setToolTip(toolTip);
    item->setFlags(Qt::ItemIsEnabled | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
    item->setCheckState(Qt::Unchecked);
    const QSignalBlocker block(this);
    addItem(item);
}

QVariantList CheckList::checkedIds() const
{
    QVariantList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->data(Qt::UserRole);
    return out;
}

QList<qint64> CheckList::checkedInt64() const
{
    QList<qint64> out;
    for (const QVariant& v : checkedIds())
        out << v.toLongLong();
    return out;
}

QStringList CheckList::checkedStrings() const
{
    QStringList out;
    for (const QVariant& v : checkedIds())
        out << v.toString();
    return out;
}

void CheckList::setChecked(const QVariantList& ids)
{
    const QSignalBlocker block(this);
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(ids.contains(item(i)->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
}

void CheckList::setCheckedOne(const QVariant& id, bool checked)
{
    if (QListWidgetItem* it = itemFor(id))
        it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool CheckList::isChecked(const QVariant& id) const
{
    const QListWidgetItem* it = itemFor(id);
    return it && it->checkState() == Qt::Checked;
}

void CheckList::setFilterText(const QString& text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < count(); ++i)
        item(i)->setHidden(!needle.isEmpty() && !item(i)->text().contains(needle, Qt::CaseInsensitive));
}

void CheckList::setEditable(bool editable)
{
    m_editable = editable;
    const QSignalBlocker block(this);
    for (int i = 0; i < count(); ++i)
        item(i)->setFlags(Qt::ItemIsEnabled | (editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
}

QListWidgetItem* CheckList::itemFor(const QVariant& id) const
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(Qt::UserRole) == id)
            return item(i);
    return nullptr;
}

} // namespace dx
