#pragma once

#include "util/Result.h"

#include <functional>

class QAbstractItemView;
class QWidget;

namespace dx {

// Exports what a list shows: every row of its current filter (a lazy list is fetched to the
// end first), its visible columns in their on-screen order, the headers as shown. Amounts go
// out as numbers where the model offers format::ExportRole; masked data stays masked, since
// it is what the list displays. .xlsx or .csv by the file's extension.
namespace viewExport {
// The title a list is exported under; a view without one is not offered for export.
void setTitle(QAbstractItemView* view, const QString& title);
QString title(const QAbstractItemView* view);
Status write(QAbstractItemView* view, const QString& path, const std::function<bool(int done, int total)>& progress = {});
// Asks for a file and writes it, with a progress dialog and a message on failure.
void exportWithDialog(QWidget* parent, QAbstractItemView* view);
// The exportable lists inside `area` (visible ones first); the one with focus if any, else
// the first, or the user's choice when there are several.
void exportFromArea(QWidget* parent, QWidget* area);
} // namespace viewExport

} // namespace dx
