#pragma once

#include <QObject>
#include <functional>

class QTreeWidget;
class QTreeWidgetItem;

namespace dx {

// Enter on a list opens its current item, and the dialog around the list does not also take
// the key as its default button ("Save"). Double-click opens too.
class OpenOnEnter : public QObject
{
    Q_OBJECT
public:
    static void install(QTreeWidget* view, std::function<void(QTreeWidgetItem*)> open);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    OpenOnEnter(QTreeWidget* view, std::function<void(QTreeWidgetItem*)> open);
    QTreeWidget* m_view;
    std::function<void(QTreeWidgetItem*)> m_open;
};

} // namespace dx
