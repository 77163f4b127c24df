#include "EnterpriseExport.h"

#include "EnterpriseImport.h"
#include "SheetWriter.h"
#include "repo/ClusterRepository.h"
#include "repo/ReferenceRepository.h"

#include <QHash>

namespace dx {

Result<int> EnterpriseExport::write(const EnterpriseFilter& filter, const QString& path, const EnterpriseExportOptions& options,
                                    const std::function<void(int)>& progress, const std::atomic_bool* cancel) const
{
    QHash<QString, QString> districts;
    QHash<QString, QString> industries;
    QHash<qint64, QString> clusters;
    auto d = ReferenceRepository(m_db).districts();
    auto i = ReferenceRepository(m_db).industries();
    auto c = ClusterRepository(m_db).list(true);
    if (!d || !i || !c)
        return !d ? d.status() : !i ? i.status() : c.status();
    for (const District& x : d.value())
        districts.insert(x.code, x.name);
    for (const Industry& x : i.value())
        industries.insert(x.code, x.name);
    for (const Cluster& x : c.value())
        clusters.insert(x.id, x.name);

    QVector<ExportColumn> columns;
    for (const ImportField& f : EnterpriseImport::fieldList()) {
        ExportColumn column{f.label, QString()};
        if (f.key == QLatin1String("revenue"))
            column = {tr("%1 (10k yuan)").arg(f.label), QStringLiteral("#,##0.00")};
        else if (f.key == QLatin1String("employees"))
            column.numberFormat = QStringLiteral("#,##0");
        columns << column;
    }
    const auto rows = [&](const SheetWriter::RowSink& write) {
        return EnterpriseRepository(m_db).forEach(filter, [&](const Enterprise& e) {
            const QString industry = e.industryCode.isEmpty() ? QString() : e.industryCode + QLatin1Char(' ') + industries.value(e.industryCode);
            const QVector<Cell> row{
                Cell::fromText(e.name),
                Cell::fromText(e.creditCode),
                Cell::fromText(districts.value(e.districtCode, e.districtCode)),
                Cell::fromText(industry.trimmed()),
                Cell::fromText(clusters.value(e.clusterId)),
                Cell::fromText(e.aboveScale ? QStringLiteral("规上") : QStringLiteral("规下")),
                Cell::fromNumber(e.employees),
                // 万元 with the fen kept: 1,234.5678 万元 is 12,345,678 元.
                Cell::fromNumber(double(e.revenue.fen()) / 1000000.0),
                Cell::fromText(e.tier == Tier::None ? QString() : tierName(e.tier)),
                e.tierValidUntil.isValid() ? Cell::fromDate(e.tierValidUntil) : Cell(),
                Cell::fromText(e.contactName),
                Cell::fromText(options.unmaskPhones ? e.contactPhone : maskPhone(e.contactPhone)),
                Cell::fromText(e.commissioner),
                Cell::fromText(e.notes),
            };
            return write(row);
        });
    };
    auto written = SheetWriter::writeAll(path, tr("Enterprises"), columns, rows, [&](qint64 n) {
        if (progress)
            progress(int(n));
    }, 1000, cancel);
    if (!written)
        return written.status();
    return int(written.value());
}

} // namespace dx
