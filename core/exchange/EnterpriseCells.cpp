#include "EnterpriseCells.h"

#include "RowCells.h"
#include "domain/CreditCode.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ReferenceRepository.h"

#include <QRegularExpression>
#include <limits>

namespace dx {

namespace {
// Names as written in ledgers: "揭阳市榕城区" and "榕城区" both find 榕城区.
void addName(QHash<QString, QString>& byName, const QString& name, const QString& code)
{
    auto it = byName.find(name);
    if (it == byName.end())
        byName.insert(name, code);
    else if (it.value() != code)
        it.value().clear();   // two places share the name: it must be given by code
}

std::optional<bool> parseAboveScale(const QString& text)
{
    static const QStringList yes{QStringLiteral("规上"), QStringLiteral("是"), QStringLiteral("规模以上"), QStringLiteral("y"),
                                 QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("√")};
    static const QStringList no{QStringLiteral("规下"), QStringLiteral("否"), QStringLiteral("规模以下"), QStringLiteral("n"),
                                QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false"), QString()};
    const QString t = text.toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<Tier> parseTier(const QString& text)
{
    // A file exported in the other language: the English names, whatever the UI language.
    static const QList<QPair<QString, Tier>> english{{QStringLiteral("innovative sme"), Tier::Innovative},
                                                     {QStringLiteral("specialized and sophisticated sme"), Tier::Specialized},
                                                     {QStringLiteral("little giant"), Tier::LittleGiant},
                                                     {QStringLiteral("single champion"), Tier::SingleChampion},
                                                     {QStringLiteral("none"), Tier::None}};
    for (const auto& [name, tier] : english)
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return tier;
    // The official titles, most specific first (专精特新"小巨人" contains 专精特新).
    if (text.isEmpty() || text == QStringLiteral("无") || text == QStringLiteral("-") || text == tierName(Tier::None))
        return Tier::None;
    if (text.contains(QStringLiteral("单项冠军")) || text == tierName(Tier::SingleChampion))
        return Tier::SingleChampion;
    if (text.contains(QStringLiteral("小巨人")) || text == tierName(Tier::LittleGiant))
        return Tier::LittleGiant;
    if (text.contains(QStringLiteral("专精特新")) || text == tierName(Tier::Specialized))
        return Tier::Specialized;
    if (text.contains(QStringLiteral("创新型")) || text == tierName(Tier::Innovative))
        return Tier::Innovative;
    return std::nullopt;
}
} // namespace

Result<EnterpriseCells> EnterpriseCells::load(const Database& db, const QVector<Cell>& headerRow, const ImportMapping& mapping)
{
    EnterpriseCells c;
    c.m_columns = ColumnMap(EnterpriseImport::fieldList(), headerRow, mapping);
    const QString revenueHeader = ImportMapping::normalizeHeader(c.header(QStringLiteral("revenue")));
    c.m_revenueInWan = !(revenueHeader.contains(QStringLiteral("(元)")) || revenueHeader.contains(QStringLiteral("(yuan)")));
    auto districts = ReferenceRepository(db).districts();
    if (!districts)
        return districts.status();
    for (const District& d : districts.value()) {
        c.m_districtCodes.insert(d.code);
        addName(c.m_districtByName, d.name, d.code);
    }
    // "揭阳市榕城区": a county's name after its city's.
    for (const District& d : districts.value())
        for (const District& parent : districts.value())
            if (parent.code == d.parentCode)
                addName(c.m_districtByName, parent.name + d.name, d.code);
    auto industries = ReferenceRepository(db).industries();
    if (!industries)
        return industries.status();
    for (const Industry& i : industries.value()) {
        c.m_industryCodes.insert(i.code);
        addName(c.m_industryByName, i.name, i.code);
    }
    auto clusters = ClusterRepository(db).list();
    if (!clusters)
        return clusters.status();
    c.m_clusters = clusters.value();
    for (const Cluster& cl : c.m_clusters)
        c.m_clusterByName.insert(cl.name, cl.id);
    return c;
}

QString EnterpriseCells::header(const QString& key) const
{
    return m_columns.header(key);
}

QString EnterpriseCells::districtCode(const QString& text, QString* reason) const
{
    if (m_districtCodes.contains(text))
        return text;
    auto it = m_districtByName.constFind(text);
    if (it != m_districtByName.constEnd() && !it.value().isEmpty())
        return it.value();
    *reason = it != m_districtByName.constEnd() ? tr("More than one district has this name; give its 6-digit code.")
                                                : tr("Not a known district (a name such as 榕城区 or a 6-digit GB/T 2260 code).");
    return {};
}

QString EnterpriseCells::industryCode(const QString& text, QString* reason) const
{
    // "C13", "13", "1311", "13 农副食品加工业", "农副食品加工业".
    static const QRegularExpression codeRe(QStringLiteral("^([A-T])?\\s*(\\d{2,4})?\\s*(.*)$"));
    const auto m = codeRe.match(text);
    const QString digits = m.captured(2);
    for (int len = int(digits.size()); len >= 2; len -= 2)
        if (m_industryCodes.contains(digits.left(len)))
            return digits.left(len);   // a finer code than the register keeps: its division
    if (digits.isEmpty() && !m.captured(1).isEmpty() && m.captured(3).isEmpty() && m_industryCodes.contains(m.captured(1)))
        return m.captured(1);
    const QString name = digits.isEmpty() ? text : m.captured(3).trimmed();
    auto it = m_industryByName.constFind(name);
    if (it != m_industryByName.constEnd() && !it.value().isEmpty())
        return it.value();
    *reason = tr("Not a known industry (a GB/T 4754 code such as 13 or C13, or its name).");
    return {};
}

Enterprise EnterpriseCells::read(const QVector<Cell>& row, int rowNumber, QVector<ImportIssue>* issues) const
{
    Enterprise e;
    RowCells cells(row, rowNumber, m_columns, issues);
    e.name = cells.required(QStringLiteral("name"), tr("The enterprise name is missing."));
    const QString code = cells.required(QStringLiteral("credit_code"), tr("The credit code is missing."));
    e.creditCode = CreditCode::normalize(code);
    if (!code.isEmpty()) {
        const CreditCode::Check check = CreditCode::check(code);
        if (!check.isValid())
            cells.issue(QStringLiteral("credit_code"), check.message());
    }
    QString reason;
    if (const QString t = cells.text(QStringLiteral("district")); !t.isEmpty()) {
        e.districtCode = districtCode(t, &reason);
        if (e.districtCode.isEmpty())
            cells.issue(QStringLiteral("district"), reason);
    }
    if (const QString t = cells.text(QStringLiteral("industry")); !t.isEmpty()) {
        e.industryCode = industryCode(t, &reason);
        if (e.industryCode.isEmpty())
            cells.issue(QStringLiteral("industry"), reason);
    }
    if (const QString t = cells.text(QStringLiteral("cluster")); !t.isEmpty()) {
        e.clusterId = m_clusterByName.value(t, 0);
        if (!e.clusterId)
            cells.issue(QStringLiteral("cluster"), tr("Not one of the city's clusters (Reference data → Industry clusters)."));
    } else if (!e.industryCode.isEmpty()) {
        e.clusterId = ClusterRepository::clusterForIndustry(m_clusters, e.industryCode);   // as the editor suggests
    }
    if (cells.cell(QStringLiteral("above_scale"))) {
        const auto above = parseAboveScale(cells.text(QStringLiteral("above_scale")));
        if (above)
            e.aboveScale = *above;
        else
            cells.issue(QStringLiteral("above_scale"), tr("Write 规上 or 规下 (是 or 否)."));
    }
    if (const auto n = cells.integer(QStringLiteral("employees"))) {
        if (*n <= std::numeric_limits<int>::max())
            e.employees = int(*n);
        else
            cells.issue(QStringLiteral("employees"), tr("The number of employees is too large."));
    }
    AmountOptions inWan;
    inWan.unitWan = m_revenueInWan;
    if (const auto amount = cells.amount(QStringLiteral("revenue"), inWan))
        e.revenue = *amount;
    if (cells.cell(QStringLiteral("tier"))) {
        const auto tier = parseTier(cells.text(QStringLiteral("tier")));
        if (tier)
            e.tier = *tier;
        else
            cells.issue(QStringLiteral("tier"), tr("Not a 专精特新 tier (创新型中小企业, 专精特新中小企业, 专精特新\"小巨人\", 单项冠军 or empty)."));
    }
    if (const auto date = cells.date(QStringLiteral("tier_valid_until")))
        e.tierValidUntil = *date;
    e.contactName = cells.text(QStringLiteral("contact_name"));
    e.contactPhone = cells.text(QStringLiteral("contact_phone"));
    if (e.contactPhone.contains(QLatin1Char('*')))
        e.contactPhone.clear();   // a masked number from an export (138****5678) says nothing new
    if (!e.contactPhone.isEmpty() && !isPhoneNumber(e.contactPhone))
        cells.issue(QStringLiteral("contact_phone"), tr("Not a phone number (digits, spaces, +, - and brackets only)."));
    e.commissioner = cells.text(QStringLiteral("commissioner"));
    if (const Cell* c = cells.cell(QStringLiteral("notes")))
        e.notes = c->text.trimmed();   // notes keep their line breaks
    return e;
}

QStringList EnterpriseCells::mergeInto(const QVector<Cell>& row, const Enterprise& fromFile, Enterprise* stored) const
{
    QStringList changed;
    // Only what the file says: an unmapped column or an empty cell keeps the stored value
    // (an import never erases what someone entered).
    auto take = [&](const QString& key, auto Enterprise::*member) {
        const int column = m_columns.column(key);
        if (column < 0 || column >= row.size() || row.at(column).isBlank() || stored->*member == fromFile.*member)
            return;
        if (key == QLatin1String("contact_phone") && row.at(column).text.contains(QLatin1Char('*')))
            return;   // masked in an export: the stored number stays
        stored->*member = fromFile.*member;
        changed << m_columns.label(key);
    };
    take(QStringLiteral("name"), &Enterprise::name);
    take(QStringLiteral("district"), &Enterprise::districtCode);
    take(QStringLiteral("industry"), &Enterprise::industryCode);
    // A cluster suggested from the industry (no cluster column) never replaces a stored one.
    take(QStringLiteral("cluster"), &Enterprise::clusterId);
    take(QStringLiteral("above_scale"), &Enterprise::aboveScale);
    take(QStringLiteral("employees"), &Enterprise::employees);
    take(QStringLiteral("revenue"), &Enterprise::revenue);
    take(QStringLiteral("tier"), &Enterprise::tier);
    take(QStringLiteral("tier_valid_until"), &Enterprise::tierValidUntil);
    take(QStringLiteral("contact_name"), &Enterprise::contactName);
    take(QStringLiteral("contact_phone"), &Enterprise::contactPhone);
    take(QStringLiteral("commissioner"), &Enterprise::commissioner);
    take(QStringLiteral("notes"), &Enterprise::notes);
    return changed;
}

} // namespace dx
