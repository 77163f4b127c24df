#include "ListViews.h"

#include <QHeaderView>
#include <QTableView>

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

} // namespace dx
