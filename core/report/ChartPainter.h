#pragma once

#include "ReportDocument.h"

#include <QImage>
#include <QRectF>

class QPainter;

namespace dx::report {

// Draws a report's bar chart with QPainter: straight onto a PDF page (vector, searchable
// labels) or into an image for the HTML version. Greys and one accent colour, so it prints
// legibly on a black-and-white office printer.
class ChartPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const Chart& chart, const QString& fontFamily);
    // The chart as an image of `widthMm` × `heightMm` at `dpi` (for HTML, previews).
    static QImage image(const Chart& chart, const QString& fontFamily, double widthMm = 160, double heightMm = 70, int dpi = 150);
};

} // namespace dx::report
