#include "ChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPaintDevice>
#include <cmath>

namespace dx::report {

namespace {
const QColor kSeriesColours[] = {QColor(0x2f, 0x4f, 0x7f), QColor(0xb0, 0xb8, 0xc4)};

// The axis top rounded up so its four steps are round numbers (330 → 400 in steps of 100;
// 100 stays 100 in steps of 25).
double niceMaximum(double maximum)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= f * magnitude + 1e-9)
            return f * magnitude * 4;
    return maximum;
}
}

void ChartPainter::paint(QPainter& painter, const QRectF& rect, const Chart& chart, const QString& fontFamily)
{
    painter.save();
    const double dpi = painter.device()->logicalDpiY();
    const auto mm = [dpi](double v) { return v * dpi / 25.4; };
    QFont font(fontFamily);
    font.setPointSizeF(8);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double line = fm.height();

    double top = rect.top();
    if (!chart.title.isEmpty()) {
        QFont titleFont = font;
        titleFont.setPointSizeF(9.5);
        titleFont.setBold(true);
        painter.setFont(titleFont);
        painter.drawText(QRectF(rect.left(), top, rect.width(), line * 1.4), Qt::AlignHCenter | Qt::AlignVCenter, chart.title);
        painter.setFont(font);
        top += line * 1.6;
    }
    // Legend on the right of the title line's space when two series are compared.
    if (chart.seriesNames.size() > 1) {
        double x = rect.right();
        for (int s = int(chart.seriesNames.size()) - 1; s >= 0; --s) {
            const double w = fm.horizontalAdvance(chart.seriesNames.at(s));
            x -= w;
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x, top + fm.ascent()), chart.seriesNames.at(s));
            x -= mm(4);
            painter.fillRect(QRectF(x, top + line * 0.2, mm(3), line * 0.6), kSeriesColours[s % 2]);
            x -= mm(4);
        }
        top += line * 1.3;
    }

    // Category labels below the plot wrap onto two lines when narrow (long dimension names).
    const int categories = qMax(1, int(chart.categories.size()));
    const double axisLabelWidth = fm.horizontalAdvance(QStringLiteral("100%")) + mm(2);
    const QRectF plot(rect.left() + axisLabelWidth, top + line * 0.5, rect.width() - axisLabelWidth,
                      rect.bottom() - top - line * 3.2);
    const double maximum = niceMaximum(chart.maximum);

    // Grid lines every quarter, labelled.
    QPen grid(QColor(0xcc, 0xcc, 0xcc));
    grid.setWidthF(mm(0.15));
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString label = QString::number(maximum * i / 4.0, 'f', maximum >= 20 ? 0 : 1) + chart.unit;
        painter.drawText(QRectF(rect.left(), y - line / 2, axisLabelWidth - mm(1), line), Qt::AlignRight | Qt::AlignVCenter, label);
    }

    const double slot = plot.width() / categories;
    const int seriesCount = qMax(1, int(chart.series.size()));
    const double barWidth = qMin(slot * 0.7 / seriesCount, mm(14));
    for (int c = 0; c < chart.categories.size(); ++c) {
        const double groupLeft = plot.left() + slot * c + (slot - barWidth * seriesCount) / 2;
        for (int s = 0; s < chart.series.size(); ++s) {
            const double v = qBound(0.0, chart.series.at(s).value(c), maximum);
            const double h = plot.height() * v / maximum;
            const QRectF bar(groupLeft + barWidth * s, plot.bottom() - h, barWidth, h);
            painter.fillRect(bar, kSeriesColours[s % 2]);
            // The value above the bar: the exact figure, so the chart reads without a ruler.
            painter.setPen(Qt::black);
            const double shown = chart.series.at(s).value(c);
            painter.drawText(QRectF(bar.left() - mm(3), bar.top() - line, bar.width() + mm(6), line), Qt::AlignHCenter | Qt::AlignBottom,
                             QString::number(shown, 'f', shown == qRound(shown) ? 0 : 1));
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(plot.left() + slot * c, plot.bottom() + mm(1), slot, line * 2.6),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.categories.at(c));
    }
    QPen axis(Qt::black);
    axis.setWidthF(mm(0.25));
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

QImage ChartPainter::image(const Chart& chart, const QString& fontFamily, double widthMm, double heightMm, int dpi)
{
    QImage img(int(widthMm * dpi / 25.4), int(heightMm * dpi / 25.4), QImage::Format_RGB32);
    img.setDotsPerMeterX(int(dpi / 0.0254));
    img.setDotsPerMeterY(int(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(p, QRectF(0, 0, img.width(), img.height()), chart, fontFamily);
    return img;
}

} // namespace dx::report
