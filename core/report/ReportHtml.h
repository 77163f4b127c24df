#pragma once

#include "ReportDocument.h"

namespace dx::report {

// The report as one HTML page (charts embedded as PNG): the same content as the PDF for
// anything that shows or stores HTML, and what tests read to check a report's content without
// a PDF. Paging (repeated headers, page numbers) is the Renderer's job, not this page's.
QString toHtml(const Document& doc, bool withCharts = true);

} // namespace dx::report
