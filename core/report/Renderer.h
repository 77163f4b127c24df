#pragma once

#include "ReportDocument.h"
#include "util/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace dx::report {

// Lays a report out on A4 pages and paints it with QPainter: onto a QPdfWriter (command line,
// batches, "Export PDF…") or a QPrinter (print and print preview, in ui/reports). Our own
// layout rather than QTextDocument::print because paper records need what that cannot promise:
// the header (bureau, title, date) and "Page N of M" footer on every page, table headers repeated
// on every page and no table row split across two pages. Pages are laid out first (so M is
// known), then painted.
//
// Text is set in WenQuanYi Micro Hei, embedded in the PDF as a subset: pdftotext returns the
// same Chinese characters (Noto CJK maps some ideographs to Kangxi radicals in Qt's text layer).
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(dx::report::Renderer)

public:
    static QString fontFamily();
    // Error when the font is not installed (fonts-wqy-microhei): the PDF would fall back to a
    // font whose text does not extract, or show boxes.
    static Status checkFont();
    // A4, the orientation, and the margins the layout expects. Call before QPainter::begin.
    static void setUpPage(QPagedPaintDevice& device, bool landscape);
    // Paints `doc` with `painter` (begun on `device`); when `startOnNewPage`, after a page break
    // (the next document of a batch). Page numbers count this document's pages only. Returns the
    // number of pages painted.
    static int paint(const Document& doc, QPagedPaintDevice& device, QPainter& painter, bool startOnNewPage = false);
    // The number of pages `doc` takes on `device` (nothing is painted).
    static int pageCount(const Document& doc, QPagedPaintDevice& device);
};

} // namespace dx::report
