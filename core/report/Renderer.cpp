#include "Renderer.h"

#include "ChartPainter.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <functional>
#include <memory>

namespace dx::report {

namespace {

const QString kFamily = QStringLiteral("WenQuanYi Micro Hei");   // the name in messages
const QColor kRule(0x33, 0x33, 0x33);
const QColor kGrid(0x80, 0x80, 0x80);
const QColor kShade(0xec, 0xee, 0xf1);
const QColor kGrey(0x55, 0x55, 0x55);

using Op = std::function<void(QPainter&)>;

// One cell of a table row, in device units relative to the body's left edge.
struct Cell
{
    double x = 0;
    double w = 0;
    QString text;
    int flags = Qt::AlignLeft;
    bool bold = false;
    bool shaded = false;
    double shrink = 1;   // a figure too wide for its column is set smaller rather than broken
};

// Splits the document into pages of paint operations. Heights are measured with the font
// metrics of the device the pages will be painted on, so what is measured is what is drawn.
class Paginator
{
public:
    Paginator(QPaintDevice* device, const Document& doc) : m_device(device), m_doc(doc)
    {
        m_dpi = device->logicalDpiY();
        m_width = device->width();
        m_height = device->height();
        m_bodyTop = mm(14);
        m_bodyBottom = m_height - mm(12);
        m_pad = mm(1.2);
        newPage();
    }

    QVector<QVector<Op>> pages;

    double mm(double v) const { return v * m_dpi / 25.4; }

    QFont font(double points, bool bold = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(points);
        f.setBold(bold);
        // Hinting off: metrics measured here must match the PDF's unhinted glyph advances.
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    void layout()
    {
        titleBlock();
        int section = 0;
        for (const Block& b : m_doc.blocks) {
            switch (b.kind) {
            case Block::Heading:
                heading(QStringLiteral("%1、%2").arg(chineseNumber(++section), b.text), 12.5, mm(5));
                break;
            case Block::Subheading:
                heading(b.text, 10.5, mm(3));
                break;
            case Block::Paragraph:
                paragraph(b.text, font(10), Qt::black);
                break;
            case Block::Note:
                paragraph(b.text, font(8.5), kGrey);
                break;
            case Block::Fields:
                fields(b.pairs);
                break;
            case Block::TableBlock:
                table(b.table);
                break;
            case Block::ChartBlock:
                chart(b.chart);
                break;
            case Block::Signatures:
                signatures(b.pairs);
                break;
            }
        }
    }

    void paintPage(QPainter& p, int index) const
    {
        p.save();
        const double total = pages.size();
        // Header: bureau left, title and date right, a double rule below (an official look).
        const QFont small = font(8.5);
        p.setFont(small);
        p.setPen(Qt::black);
        const QRectF headerText(0, 0, m_width, mm(8));
        p.drawText(headerText, Qt::AlignLeft | Qt::AlignBottom, m_doc.bureau);
        p.drawText(headerText, Qt::AlignRight | Qt::AlignBottom,
                   QStringLiteral("%1    %2").arg(m_doc.title, m_doc.date.toString(Qt::ISODate)));
        QPen rule(kRule);
        rule.setWidthF(mm(0.5));
        p.setPen(rule);
        p.drawLine(QPointF(0, mm(9.5)), QPointF(m_width, mm(9.5)));
        rule.setWidthF(mm(0.15));
        p.setPen(rule);
        p.drawLine(QPointF(0, mm(10.3)), QPointF(m_width, mm(10.3)));
        // Footer: "Page N of M" (第 N 页 共 M 页), centred.
        p.setPen(Qt::black);
        p.drawText(QRectF(0, m_height - mm(7), m_width, mm(7)), Qt::AlignHCenter | Qt::AlignBottom,
                   Renderer::tr("Page %1 of %2").arg(index + 1).arg(int(total)));
        p.restore();
        for (const Op& op : pages.at(index))
            op(p);
    }

private:
    static QString chineseNumber(int n)
    {
        static const QString digits = QStringLiteral("零一二三四五六七八九十");
        if (n <= 10)
            return digits.mid(n, 1);
        if (n < 20)
            return QStringLiteral("十") + digits.mid(n - 10, 1);
        return QString::number(n);
    }

    void newPage()
    {
        pages.push_back({});
        m_y = m_bodyTop;
    }
    void add(Op op) { pages.last().push_back(std::move(op)); }
    bool atTop() const { return m_y <= m_bodyTop + 0.5; }
    // Starts a new page unless `h` fits below the current position (or the page is empty).
    void ensure(double h)
    {
        if (m_y + h > m_bodyBottom && !atTop())
            newPage();
    }

    double textHeight(const QFont& f, double width, int flags, const QString& text) const
    {
        const QFontMetricsF fm(f, m_device);
        if (text.isEmpty())
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
    }

    void titleBlock()
    {
        const QFont title = font(17, true);
        const QFont sub = font(10.5);
        const double th = textHeight(title, m_width, Qt::TextWordWrap, m_doc.title);
        const double sh = m_doc.subtitle.isEmpty() ? 0 : textHeight(sub, m_width, Qt::TextWordWrap, m_doc.subtitle);
        const double y = m_y + mm(3);
        const QString t = m_doc.title, s = m_doc.subtitle;
        const double w = m_width;
        add([=](QPainter& p) {
            p.setPen(Qt::black);
            p.setFont(title);
            p.drawText(QRectF(0, y, w, th), Qt::AlignHCenter | Qt::TextWordWrap, t);
            p.setFont(sub);
            p.drawText(QRectF(0, y + th + (sh > 0 ? mmConst(2) : 0), w, sh), Qt::AlignHCenter | Qt::TextWordWrap, s);
        });
        m_y = y + th + (sh > 0 ? mm(2) + sh : 0) + mm(4);
    }
    double mmConst(double v) const { return mm(v); }

    void heading(const QString& text, double points, double before)
    {
        const QFont f = font(points, true);
        const double h = textHeight(f, m_width, Qt::TextWordWrap, text);
        // Keep a heading with at least a few lines of what follows it.
        ensure(before + h + mm(18));
        if (!atTop())
            m_y += before;
        const double y = m_y;
        const double w = m_width;
        add([=](QPainter& p) {
            p.setPen(Qt::black);
            p.setFont(f);
            p.drawText(QRectF(0, y, w, h), Qt::AlignLeft | Qt::TextWordWrap, text);
        });
        m_y += h + mm(1.5);
    }

    // Running text, line by line, so a long paragraph continues on the next page.
    void paragraph(const QString& text, const QFont& f, const QColor& colour)
    {
        auto layout = std::make_shared<QTextLayout>(text, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->beginLayout();
        while (true) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(m_width);
        }
        layout->endLayout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const double h = line.height() * 1.25;
            ensure(h);
            const double y = m_y;
            add([=](QPainter& p) {
                p.setPen(colour);
                layout->lineAt(i).draw(&p, QPointF(0, y - layout->lineAt(i).y()));
            });
            m_y += h;
        }
        m_y += mm(1.5);
    }

    static QFont cellFont(const Cell& c, const QFont& f, const QFont& bold)
    {
        QFont font = c.bold ? bold : f;
        if (c.shrink < 1)
            font.setPointSizeF(font.pointSizeF() * c.shrink);
        return font;
    }

    // Figures stay on one line (a grouped amount broken after its first comma misreads), set
    // smaller when the column is too narrow; a header word wider than its column breaks
    // between letters instead of being cut off.
    void fitCell(Cell& c, const QFont& f, const QFont& bold, bool header) const
    {
        const double inner = c.w - 2 * m_pad;
        const QFontMetricsF fm(c.bold ? bold : f, m_device);
        if (!header && (c.flags & Qt::AlignRight)) {
            c.flags = (c.flags & ~Qt::TextWordWrap) | Qt::TextSingleLine;
            const double width = fm.horizontalAdvance(c.text);
            if (width > inner)
                c.shrink = qMax(0.6, inner / width);
            return;
        }
        if (header)
            for (const QString& word : c.text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (fm.horizontalAdvance(word) > inner)
                    c.flags = (c.flags & ~Qt::TextWordWrap) | Qt::TextWrapAnywhere;
    }

    double rowHeight(const QVector<Cell>& cells, const QFont& f, const QFont& bold) const
    {
        double h = 0;
        for (const Cell& c : cells)
            h = qMax(h, textHeight(cellFont(c, f, bold), c.w - 2 * m_pad, c.flags, c.text));
        return h + 2 * m_pad;
    }

    Op rowOp(const QVector<Cell>& cells, double y, double h, const QFont& f, const QFont& bold) const
    {
        const double pad = m_pad;
        const double penWidth = mm(0.2);
        return [=](QPainter& p) {
            QPen grid(kGrid);
            grid.setWidthF(penWidth);
            for (const Cell& c : cells) {
                const QRectF r(c.x, y, c.w, h);
                if (c.shaded)
                    p.fillRect(r, kShade);
                p.setPen(grid);
                p.drawRect(r);
                p.setPen(Qt::black);
                p.setFont(cellFont(c, f, bold));
                p.drawText(r.adjusted(pad, pad, -pad, -pad), c.flags, c.text);
            }
        };
    }

    // A table: the header row on every page, rows kept whole. A row taller than a whole page
    // (pages of free text in one cell) is the one case that cannot be kept whole; it is clipped
    // to the page rather than silently lost.
    void table(const Table& t)
    {
        const QFont f = font(9);
        const QFont bold = font(9, true);
        int totalWidth = 0;
        for (int w : t.widths)
            totalWidth += w;
        QVector<double> xs, ws;
        double x = 0;
        for (int i = 0; i < t.headers.size(); ++i) {
            const double w = m_width * t.widths.value(i, 1) / qMax(1, totalWidth);
            xs << x;
            ws << w;
            x += w;
        }
        const auto cellsOf = [&](const QStringList& texts, bool header, bool total) {
            QVector<Cell> cells;
            for (int i = 0; i < t.headers.size(); ++i) {
                Cell c;
                c.x = xs.at(i);
                c.w = ws.at(i);
                c.text = texts.value(i);
                const bool right = !header && t.rightAligned.value(i, false);
                c.flags = (header ? Qt::AlignHCenter : right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter |
                          (t.breakAnywhere.value(i, false) && !header ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
                c.bold = header || total;
                c.shaded = header;
                fitCell(c, f, bold, header);
                cells << c;
            }
            return cells;
        };
        const QVector<Cell> header = cellsOf(t.headers, true, false);
        const double headerHeight = rowHeight(header, f, bold);
        const double bodyHeight = m_bodyBottom - m_bodyTop;
        bool headerOnPage = false;
        for (int r = 0; r < t.rows.size(); ++r) {
            const QVector<Cell> cells = cellsOf(t.rows.at(r), false, t.lastRowIsTotal && r == t.rows.size() - 1);
            const double h = qMin(rowHeight(cells, f, bold), bodyHeight - headerHeight);
            if (m_y + (headerOnPage ? 0 : headerHeight) + h > m_bodyBottom && !atTop()) {
                newPage();
                headerOnPage = false;
            }
            if (!headerOnPage) {
                add(rowOp(header, m_y, headerHeight, f, bold));
                m_y += headerHeight;
                headerOnPage = true;
            }
            add(rowOp(cells, m_y, h, f, bold));
            m_y += h;
            if (m_y >= m_bodyBottom - 0.5) {
                newPage();
                headerOnPage = false;
            }
        }
        if (t.rows.isEmpty()) {
            ensure(headerHeight * 2);
            add(rowOp(header, m_y, headerHeight, f, bold));
            m_y += headerHeight;
        }
        m_y += mm(3);
    }

    // Label/value pairs, two pairs a row; a long value takes a whole row.
    void fields(const QVector<QPair<QString, QString>>& pairs)
    {
        const QFont f = font(9.5);
        const QFont bold = font(9.5, true);
        const double lw = m_width * 0.17;
        const double vw = m_width * 0.33;
        QVector<QVector<Cell>> rows;
        QVector<Cell> pending;
        const auto flush = [&] {
            if (pending.isEmpty())
                return;
            if (pending.size() == 2) {   // a lone pair: its value takes the rest of the row
                pending[1].w = m_width - lw;
            }
            rows << pending;
            pending.clear();
        };
        const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
        for (const auto& pr : pairs) {
            const bool wide = pr.second.size() > 22;
            if (wide)
                flush();
            const double x = pending.isEmpty() ? 0 : lw + vw;
            pending << Cell{x, lw, pr.first, flags, false, true, 1} << Cell{x + lw, wide ? m_width - lw : vw, pr.second, flags, false, false, 1};
            if (wide || pending.size() == 4)
                flush();
        }
        flush();
        for (const QVector<Cell>& cells : rows) {
            const double h = rowHeight(cells, f, bold);
            ensure(h);
            add(rowOp(cells, m_y, h, f, bold));
            m_y += h;
        }
        m_y += mm(3);
    }

    void chart(const Chart& c)
    {
        // A little lower rather than leave a third of the page empty before it.
        double h = mm(m_doc.landscape ? 62 : 72);
        const double room = m_bodyBottom - m_y;
        if (room < h && room >= mm(45))
            h = room;
        ensure(h);
        const QRectF rect(m_width * 0.05, m_y, m_width * 0.9, h);
        const QString family = m_family;
        add([=](QPainter& p) { ChartPainter::paint(p, rect, c, family); });
        m_y += h + mm(3);
    }

    // Boxes side by side to sign and stamp: label at the top, signature and date lines below.
    void signatures(const QVector<QPair<QString, QString>>& boxes)
    {
        const double h = mm(38);
        ensure(h + mm(4));
        m_y += mm(4);
        const int n = qMax(1, int(boxes.size()));
        const double gap = mm(6);
        const double w = (m_width - gap * (n - 1)) / n;
        const double y = m_y;
        const QFont f = font(10);
        const QFont bold = font(10, true);
        const double penWidth = mm(0.25);
        const double margin = mm(3);
        add([=](QPainter& p) {
            for (int i = 0; i < boxes.size(); ++i) {
                const QRectF box(i * (w + gap), y, w, h);
                QPen pen(kRule);
                pen.setWidthF(penWidth);
                p.setPen(pen);
                p.drawRect(box);
                p.setPen(Qt::black);
                p.setFont(bold);
                p.drawText(box.adjusted(margin, margin, -margin, -margin), Qt::AlignLeft | Qt::AlignTop, boxes.at(i).first);
                p.setFont(f);
                p.drawText(box.adjusted(margin, margin, -margin, -margin), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                           boxes.at(i).second);
            }
        });
        m_y += h + mm(3);
    }

    QPaintDevice* m_device;
    const Document& m_doc;
    double m_dpi = 72;
    double m_width = 0;
    double m_height = 0;
    double m_bodyTop = 0;
    double m_bodyBottom = 0;
    const QString m_family = Renderer::fontFamily();
    double m_pad = 0;
    double m_y = 0;
};

} // namespace

QString Renderer::fontFamily()
{
    // fontconfig lists a family under the name of the user's language: 文泉驿微米黑 in a Chinese
    // session, WenQuanYi Micro Hei elsewhere. Use whichever this session knows.
    const QStringList installed = QFontDatabase::families();
    for (const QString& name : {kFamily, QStringLiteral("文泉驿微米黑"), QStringLiteral("文泉驛微米黑")})
        if (installed.contains(name))
            return name;
    return kFamily;
}

Status Renderer::checkFont()
{
    const QStringList installed = QFontDatabase::families();
    if (installed.contains(fontFamily()))
        return Status::ok();
    return Status::error(ErrorCode::Io, tr("The font \"%1\" is not installed (Debian: fonts-wqy-microhei); reports need it "
                                           "so that Chinese text prints and can be searched in the PDF.")
                                            .arg(kFamily));
}

void Renderer::setUpPage(QPagedPaintDevice& device, bool landscape)
{
    // Margins of an official A4 document: a wider binding margin on the left.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(25, 12, 18, 12), QPageLayout::Millimeter));
}

int Renderer::paint(const Document& doc, QPagedPaintDevice& device, QPainter& painter, bool startOnNewPage)
{
    Paginator pages(&device, doc);
    pages.layout();
    for (int i = 0; i < pages.pages.size(); ++i) {
        if (i > 0 || startOnNewPage)
            device.newPage();
        pages.paintPage(painter, i);
    }
    return int(pages.pages.size());
}

int Renderer::pageCount(const Document& doc, QPagedPaintDevice& device)
{
    Paginator pages(&device, doc);
    pages.layout();
    return int(pages.pages.size());
}

} // namespace dx::report
