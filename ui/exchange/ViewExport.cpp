#include "ViewExport.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "exchange/SheetWriter.h"
#include "util/Settings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QProgressDialog>
#include <QTableView>
#include <QTreeView>

namespace dx::viewExport {

namespace {
const char* kTitleProperty = "dxExportTitle";

QHeaderView* headerOf(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return nullptr;
}

bool isHidden(QAbstractItemView* view, int column)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->isColumnHidden(column);
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->isColumnHidden(column);
    return false;
}

bool isRowHidden(QAbstractItemView* view, int row)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->isRowHidden(row);
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->isRowHidden(row, QModelIndex());
    return false;
}
} // namespace

void setTitle(QAbstractItemView* view, const QString& title)
{
    const bool first = !view->property(kTitleProperty).isValid();
    view->setProperty(kTitleProperty, title);
    if (!first)
        return;
    // Right-click on any list: export it, whatever dialog or area it is in.
    auto* action = new QAction(QCoreApplication::translate("dx::ViewExport", "Export this list…"), view);
    action->setObjectName(QStringLiteral("exportListAction"));
    QObject::connect(action, &QAction::triggered, view, [view] { exportWithDialog(view->window(), view); });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString title(const QAbstractItemView* view)
{
    return view->property(kTitleProperty).toString();
}

Status write(QAbstractItemView* view, const QString& path, const std::function<bool(int, int)>& progress)
{
    QAbstractItemModel* model = view->model();
    QHeaderView* header = headerOf(view);
    if (!model || !header)
        return Status::error(ErrorCode::Validation, QCoreApplication::translate("dx::ViewExport", "This list cannot be exported."));
    // A lazy list holds only the pages seen so far: fetch the rest (the model's own filter).
    while (model->canFetchMore(QModelIndex())) {
        model->fetchMore(QModelIndex());
        if (progress && !progress(model->rowCount(), 0))
            return Status::error(ErrorCode::Cancelled, QCoreApplication::translate("dx::ViewExport", "The export was cancelled."));
    }
    QVector<int> columns;
    QVector<ExportColumn> headers;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (column < 0 || isHidden(view, column) || header->isSectionHidden(column))
            continue;
        columns << column;
        const QVariant exportHeader = model->headerData(column, Qt::Horizontal, format::ExportRole);
        const QString text = exportHeader.isValid() ? exportHeader.toString() : model->headerData(column, Qt::Horizontal).toString();
        headers << ExportColumn{text, exportHeader.isValid() ? QStringLiteral("#,##0.00") : QString()};
    }
    auto sheet = SheetWriter::create(path, title(view), headers);
    if (!sheet)
        return sheet.status();
    // Rows in screen order; a tree's children follow their parent (a policy's versions, a
    // comparison's items).
    const int rows = model->rowCount();
    int written = 0;
    std::function<Status(const QModelIndex&)> writeRows = [&](const QModelIndex& parent) -> Status {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (!parent.isValid() && isRowHidden(view, row))
                continue;   // filtered out on screen (the resource pool filters this way)
            QVector<Cell> cells;
            cells.reserve(columns.size());
            for (int column : columns) {
                const QModelIndex index = model->index(row, column, parent);
                const QVariant number = index.data(format::ExportRole);
                if (number.isValid() && number.canConvert<double>())
                    cells << Cell::fromNumber(number.toDouble());
                else
                    cells << Cell::fromText(index.data(Qt::DisplayRole).toString());
            }
            Status s = sheet.value()->writeRow(cells);
            if (!s)
                return s;
            if (progress && ++written % 2000 == 0 && !progress(written, rows))
                return Status::error(ErrorCode::Cancelled, QCoreApplication::translate("dx::ViewExport", "The export was cancelled."));
            const QModelIndex first = model->index(row, 0, parent);
            if (model->hasChildren(first)) {
                s = writeRows(first);
                if (!s)
                    return s;
            }
        }
        return Status::ok();
    };
    const Status s = writeRows(QModelIndex());
    if (!s)
        return s;
    return sheet.value()->close();
}

void exportWithDialog(QWidget* parent, QAbstractItemView* view)
{
    const QString caption = QCoreApplication::translate("dx::ViewExport", "Export the list");
    const QString folder = Settings::value(Settings::Key::LastImportFolder).toString();
    const QString name = QStringLiteral("%1-%2.xlsx").arg(title(view), QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(parent, caption, QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name),
                                                      QCoreApplication::translate("dx::ViewExport", "Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastImportFolder, QFileInfo(path).absolutePath());
    // The list's model lives on the GUI thread: fetch and write here, keeping the window
    // painting and the Cancel button live between pages.
    QProgressDialog progress(QCoreApplication::translate("dx::ViewExport", "Writing %1…").arg(QFileInfo(path).fileName()),
                             QCoreApplication::translate("dx::ViewExport", "Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Status s = write(view, path, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(total ? done : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!s) {
        if (s.code() != ErrorCode::Cancelled)
            MessageBox::warning(parent, caption, s.message());
        return;
    }
    MessageBox::information(parent, caption,
                            QCoreApplication::translate("dx::ViewExport", "%1 rows written to %2.")
                                .arg(format::count(view->model()->rowCount()), QDir::toNativeSeparators(path)));
}

void exportFromArea(QWidget* parent, QWidget* area)
{
    QList<QAbstractItemView*> views;
    for (QAbstractItemView* v : area->findChildren<QAbstractItemView*>())
        if (!title(v).isEmpty() && v->isVisibleTo(area))
            views << v;
    const QString caption = QCoreApplication::translate("dx::ViewExport", "Export the list");
    if (views.isEmpty()) {
        MessageBox::information(parent, caption, QCoreApplication::translate("dx::ViewExport", "This area has no list to export."));
        return;
    }
    QAbstractItemView* chosen = views.first();
    for (QAbstractItemView* v : views)
        if (v->hasFocus())
            chosen = v;
    if (views.size() > 1 && !chosen->hasFocus()) {
        QStringList titles;
        for (QAbstractItemView* v : views)
            titles << title(v);
        bool ok = false;
        const QString t = QInputDialog::getItem(parent, caption, QCoreApplication::translate("dx::ViewExport", "Which list?"), titles, 0,
                                                false, &ok);
        if (!ok)
            return;
        chosen = views.at(titles.indexOf(t));
    }
    exportWithDialog(parent, chosen);
}

} // namespace dx::viewExport
