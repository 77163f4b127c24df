#pragma once

#include <initializer_list>

class QTableView;

namespace dx {

// The one look of every big list: whole-row single selection, alternating rows, fixed row
// height (uniform rows keep scrolling through 100,000 rows instant), no row numbers, and the
// given starting column widths.
void configureListView(QTableView* view, std::initializer_list<int> columnWidths);

} // namespace dx
