#include "ReportHtml.h"

#include "ChartPainter.h"
#include "Renderer.h"

#include <QBuffer>

namespace dx::report {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString tableHtml(const Table& t)
{
    QString h = QStringLiteral("<table><thead><tr>");
    for (const QString& c : t.headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < t.rows.size(); ++r) {
        const bool total = t.lastRowIsTotal && r == t.rows.size() - 1;
        h += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (int c = 0; c < t.headers.size(); ++c)
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(t.rightAligned.value(c, false) ? QStringLiteral(" class=\"num\"") : QString(), esc(t.rows.at(r).value(c)));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString chartHtml(const Chart& c)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    ChartPainter::image(c, Renderer::fontFamily()).save(&buffer, "PNG");
    return QStringLiteral("<p class=\"chart\"><img alt=\"%1\" src=\"data:image/png;base64,%2\"/></p>\n")
        .arg(esc(c.title), QString::fromLatin1(png.toBase64()));
}

} // namespace

QString toHtml(const Document& doc, bool withCharts)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>%1</title><style>"
                               "body{font-family:'%2';font-size:10pt} h1{text-align:center;font-size:17pt} "
                               "p.sub{text-align:center} table{border-collapse:collapse;width:100%;margin:4pt 0} "
                               "th,td{border:1px solid #808080;padding:2pt 4pt} th{background:#eceef1} td.num{text-align:right} "
                               "tr.total td{font-weight:bold} td.label{background:#eceef1} p.note{color:#555;font-size:8.5pt} "
                               "p.header{font-size:8.5pt;border-bottom:2px solid #333}</style></head><body>\n")
                    .arg(esc(doc.title), Renderer::fontFamily());
    h += QStringLiteral("<p class=\"header\">%1 — %2</p>\n<h1>%3</h1>\n<p class=\"sub\">%4</p>\n")
             .arg(esc(doc.bureau), doc.date.toString(Qt::ISODate), esc(doc.title), esc(doc.subtitle));
    int section = 0;
    for (const Block& b : doc.blocks) {
        switch (b.kind) {
        case Block::Heading:
            h += QStringLiteral("<h2>%1. %2</h2>\n").arg(++section).arg(esc(b.text));
            break;
        case Block::Subheading:
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            break;
        case Block::Paragraph:
            h += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        case Block::Note:
            h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(b.text));
            break;
        case Block::Fields:
        case Block::Signatures:
            h += QStringLiteral("<table>");
            for (const auto& pr : b.pairs)
                h += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(pr.first), esc(pr.second));
            h += QStringLiteral("</table>\n");
            break;
        case Block::TableBlock:
            h += tableHtml(b.table);
            break;
        case Block::ChartBlock:
            if (withCharts)
                h += chartHtml(b.chart);
            break;
        }
    }
    return h + QStringLiteral("</body></html>\n");
}

} // namespace dx::report
