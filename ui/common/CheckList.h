#pragma once

#include <QListWidget>

namespace dx {

// A list of checkable choices that carry an id (scenes, clusters, vendors): the one widget for
// every "pick several" field, with a text filter that hides non-matching rows but keeps checks.
class CheckList : public QListWidget
{
    Q_OBJECT
public:
    explicit CheckList(QWidget* parent = nullptr);

    void addChoice(const QVariant& id, const QString& label, const QString& toolTip = QString());
    QVariantList checkedIds() const;
    QList<qint64> checkedInt64() const;
    QStringList checkedStrings() const;
    void setChecked(const QVariantList& ids);
    void setCheckedOne(const QVariant& id, bool checked);
    bool isChecked(const QVariant& id) const;
    void setFilterText(const QString& text);   // hides rows whose label does not contain it
    void setEditable(bool editable);

signals:
    void checkedChanged(const QVariant& id, bool checked);

private:
    QListWidgetItem* itemFor(const QVariant& id) const;
    bool m_editable = true;
};

// A list of ids as QVariants, for CheckList::setChecked.
template <typename T>
QVariantList toVariantList(const QList<T>& list)
{
    QVariantList out;
    for (const T& v : list)
        out << QVariant::fromValue(v);
    return out;
}

} // namespace dx
