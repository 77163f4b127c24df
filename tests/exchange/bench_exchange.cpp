// Not a test: times writing and reading a 100,000-row × 12-column register as CSV and XLSX.
// Built on request only:  cmake --build build --target bench_exchange && build/tests/exchange/bench_exchange [rows]

#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

using namespace dx;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const QStringList districts = {QStringLiteral("天河区"), QStringLiteral("海珠区"), QStringLiteral("白云区"), QStringLiteral("黄埔区")};
    const QVector<ExportColumn> columns = {
        {QStringLiteral("企业名称"), {}}, {QStringLiteral("统一社会信用代码"), {}}, {QStringLiteral("所在区"), {}},
        {QStringLiteral("行业"), {}}, {QStringLiteral("营业收入（万元）"), QStringLiteral("#,##0.00")}, {QStringLiteral("从业人数"), {}},
        {QStringLiteral("成立日期"), {}}, {QStringLiteral("联系电话"), {}}, {QStringLiteral("地址"), {}},
        {QStringLiteral("联系人"), {}}, {QStringLiteral("备注"), {}}, {QStringLiteral("评分"), {}}};
    Table table;
    table.name = QStringLiteral("企业名录");
    table.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        table.rows.append({Cell::fromText(QStringLiteral("广州市第%1号科技有限公司").arg(r)),
                           Cell::fromText(QStringLiteral("91440101MA5%1").arg(r, 7, 10, QLatin1Char('0'))),
                           Cell::fromText(districts[r % districts.size()]),
                           Cell::fromText(QStringLiteral("C39 计算机、通信和其他电子设备制造业")),
                           Cell::fromNumber((r % 100000) / 100.0 + 12),
                           Cell::fromNumber(r % 500 + 5),
                           Cell::fromDate(QDate(2000, 1, 1).addDays(r % 8000)),
                           Cell::fromText(QStringLiteral("020-8%1").arg(r % 10000000, 7, 10, QLatin1Char('0'))),
                           Cell::fromText(QStringLiteral("广州市天河区科韵路%1号").arg(r % 999)),
                           Cell::fromText(QStringLiteral("张三")),
                           Cell::fromText(r % 7 ? QString() : QStringLiteral("重点跟踪, \"小快轻准\"试点")),
                           Cell::fromNumber((r % 1000) / 10.0)});
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("register.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("register.xlsx"));
    QElapsedTimer t;

    t.start();
    Status s = CsvWriter::writeTable(csv, columns, table);
    std::printf("CSV  write %d rows: %lld ms (%s, %.1f MB)\n", rows, t.elapsed(), s ? "ok" : qPrintable(s.message()),
                QFileInfo(csv).size() / 1048576.0);
    t.start();
    s = XlsxWriter::writeTable(xlsx, columns, table);
    std::printf("XLSX write %d rows: %lld ms (%s, %.1f MB)\n", rows, t.elapsed(), s ? "ok" : qPrintable(s.message()),
                QFileInfo(xlsx).size() / 1048576.0);
    for (int run = 0; run < 3; ++run) {
        t.start();
        const auto c = CsvReader::readFile(csv);
        const qint64 csvMs = t.elapsed();
        t.start();
        const auto x = XlsxReader::readSheet(xlsx, 0);
        const qint64 xlsxMs = t.elapsed();
        std::printf("run %d: CSV read %lld ms (%d rows%s), XLSX read %lld ms (%d rows%s)\n", run + 1, csvMs,
                    c.isOk() ? c->table.rowCount() : 0, c.isOk() ? "" : qPrintable(" " + c.message()), xlsxMs,
                    x.isOk() ? x->rowCount() : 0, x.isOk() ? "" : qPrintable(" " + x.message()));
    }
    return 0;
}
