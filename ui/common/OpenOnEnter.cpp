#include "OpenOnEnter.h"

#include <QKeyEvent>
#include <QTreeWidget>

namespace dx {

OpenOnEnter::OpenOnEnter(QTreeWidget* view, std::function<void(QTreeWidgetItem*)> open)
    : QObject(view), m_view(view), m_open(std::move(open))
{
}

void OpenOnEnter::install(QTreeWidget* view, std::function<void(QTreeWidgetItem*)> open)
{
    auto* filter = new OpenOnEnter(view, std::move(open));
    view->installEventFilter(filter);
    QObject::connect(view, &QTreeWidget::itemDoubleClicked, filter, [filter](QTreeWidgetItem* item) { filter->m_open(item); });
}

bool OpenOnEnter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (QTreeWidgetItem* item = m_view->currentItem())
                m_open(item);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dx
