#include "ListViews.h"

#include "KeysetTableModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>

namespace dx {

void configureListView(QTableView* view, std::initializer_list<int> columnWidths)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    int column = 0;
    for (int width : columnWidths)
        view->setColumnWidth(column++, width);
}

void makeSortable(QTableView* view, KeysetTableModel* model, Settings::Key headerKey)
{
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);   // the natural order until a column is chosen
    header->restoreState(Settings::value(headerKey).toByteArray());
    if (header->sortIndicatorSection() >= 0 && !model->isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);   // sorts the model by the indicator restored
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, [header, model](int column, Qt::SortOrder) {
        if (column < 0 || model->isSortable(column))
            return;
        const QSignalBlocker quiet(header);
        header->setSortIndicator(model->sortColumn(), model->sortOrder());
    });
    // Written once a drag has settled (a resize signals at every pixel), and at quitting.
    auto* save = new QTimer(view);
    save->setSingleShot(true);
    save->setInterval(400);
    const auto remember = [header, headerKey] { Settings::setValue(headerKey, header->saveState()); };
    QObject::connect(save, &QTimer::timeout, view, remember);
    QObject::connect(header, &QHeaderView::sectionResized, save, qOverload<>(&QTimer::start));
    QObject::connect(header, &QHeaderView::sectionMoved, save, qOverload<>(&QTimer::start));
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, save, qOverload<>(&QTimer::start));
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, save, [save, remember] {
        if (save->isActive()) {
            save->stop();
            remember();
        }
    });
}

} // namespace dx
