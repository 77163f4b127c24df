#pragma once

#include "util/Result.h"

class QChartView;
class QString;

namespace dx {

// Every chart of the dashboard saves itself: right-click → "Save chart…" writes a PNG (for
// documents) or an SVG (for print and slides) of exactly what is shown.
void installChartExport(QChartView* view);
Status saveChart(QChartView* view, const QString& path);   // .png or .svg by the extension

} // namespace dx
