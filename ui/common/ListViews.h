#pragma once

#include "util/Settings.h"

#include <initializer_list>

class QTableView;

namespace dx {

class KeysetTableModel;

// The one look of every big list: whole-row single selection, alternating rows, fixed row
// height (uniform rows keep scrolling through 100,000 rows instant), no row numbers, and the
// given starting column widths.
void configureListView(QTableView* view, std::initializer_list<int> columnWidths);

// A list the user sorts by clicking a column header (ascending, descending, then back to the
// list's natural order), the sorting done by `model` in SQL. Column widths, order and the sort
// are remembered under `headerKey` and restored here. A click on a column the model cannot
// sort by leaves the sort as it was. Call after configureListView.
void makeSortable(QTableView* view, KeysetTableModel* model, Settings::Key headerKey);

} // namespace dx
