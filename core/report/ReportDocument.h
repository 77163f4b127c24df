#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dx::report {

// The structured content of a printed report: what the builders produce from the repositories
// and what the HTML writer and the page renderer both read. Text is final (translated, masked,
// formatted); nothing here knows about pages or fonts.

// A table: the header row repeats on every page and a row is never split across pages.
struct Table
{
    QStringList headers;
    QVector<int> widths;           // relative column widths (same count as headers)
    QVector<bool> rightAligned;    // numbers; empty: all left
    QVector<bool> breakAnywhere;   // long unbroken text (SHA-256, credit codes); empty: none
    QVector<QStringList> rows;
    bool lastRowIsTotal = false;   // drawn bold, like a 合计 line

    void addColumn(const QString& header, int width, bool right = false, bool anywhere = false)
    {
        headers << header;
        widths << width;
        rightAligned << right;
        breakAnywhere << anywhere;
    }
};

// A bar chart: one or two series over the same categories, values in [0, maximum].
struct Chart
{
    QString title;
    QStringList categories;
    QStringList seriesNames;        // one or two
    QVector<QVector<double>> series;   // series[s][category]
    double maximum = 100;
    QString unit;                   // appended to the axis labels ("%", "")
};

struct Block
{
    enum Kind {
        Heading,      // a numbered section title (text)
        Subheading,   // a title inside a section (text)
        Paragraph,    // running text (text); may continue on the next page
        Fields,       // label/value pairs in two columns of pairs (pairs)
        TableBlock,   // (table)
        ChartBlock,   // (chart)
        Signatures,   // signature boxes side by side: one per label (pairs: label, note)
        Note,         // small grey text (text)
    };
    Kind kind = Paragraph;
    QString text;
    QVector<QPair<QString, QString>> pairs;
    Table table;
    Chart chart;
};

struct Document
{
    QString title;        // 一企一档 — 某某有限公司
    QString subtitle;     // what and as of when
    QString bureau;       // header, left
    QDate date;           // the date printed in the header (the report's "as of" or today)
    bool landscape = false;
    QString fileName;     // a suggested file name ("91440101… 某某有限公司.pdf"), safe on every file system
    QVector<Block> blocks;

    void heading(const QString& text) { blocks.push_back(make(Block::Heading, text)); }
    void subheading(const QString& text) { blocks.push_back(make(Block::Subheading, text)); }
    void paragraph(const QString& text) { blocks.push_back(make(Block::Paragraph, text)); }
    void note(const QString& text) { blocks.push_back(make(Block::Note, text)); }
    void fields(const QVector<QPair<QString, QString>>& pairs)
    {
        Block b = make(Block::Fields, QString());
        b.pairs = pairs;
        blocks.push_back(b);
    }
    void table(const Table& t)
    {
        Block b = make(Block::TableBlock, QString());
        b.table = t;
        blocks.push_back(b);
    }
    void chart(const Chart& c)
    {
        Block b = make(Block::ChartBlock, QString());
        b.chart = c;
        blocks.push_back(b);
    }
    void signatures(const QVector<QPair<QString, QString>>& boxes)
    {
        Block b = make(Block::Signatures, QString());
        b.pairs = boxes;
        blocks.push_back(b);
    }

private:
    static Block make(Block::Kind kind, const QString& text)
    {
        Block b;
        b.kind = kind;
        b.text = text;
        return b;
    }
};

} // namespace dx::report
