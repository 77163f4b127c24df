#include "EnterpriseCells.h"

#include "Table.h"
#include "ValueParsers.h"
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
    for (const ImportField& f : EnterpriseImport::fields()) {
        c.m_label.insert(f.key, f.label);
        const int column = mapping.columnOf(f.key);
        if (column >= 0)
            c.m_column.insert(f.key, column);
    }
    for (int i = 0; i < mapping.columnCount(); ++i)
        c.m_headers << (i < headerRow.size() ? headerRow.at(i).text.trimmed() : QString());
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
    const int column = m_column.value(key, -1);
    return column >= 0 && column < m_headers.size() ? m_headers.at(column) : m_label.value(key);
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
    auto cellOf = [&](const QString& key) -> const Cell* {
        const int column = m_column.value(key, -1);
        static const Cell empty;
        return column < 0 ? nullptr : column < row.size() ? &row.at(column) : &empty;
    };
    auto textOf = [&](const QString& key) {
        const Cell* c = cellOf(key);
        return c ? ValueParsers::normalizeText(c->text) : QString();
    };
    auto issue = [&](const QString& key, const QString& reason) {
        const Cell* c = cellOf(key);
        issues->push_back({rowNumber, header(key), c ? c->text : QString(), reason});
    };
    e.name = textOf(QStringLiteral("name"));
    if (e.name.isEmpty())
        issue(QStringLiteral("name"), tr("The enterprise name is missing."));
    const QString code = textOf(QStringLiteral("credit_code"));
    e.creditCode = CreditCode::normalize(code);
    if (code.isEmpty()) {
        issue(QStringLiteral("credit_code"), tr("The credit code is missing."));
    } else {
        const CreditCode::Check check = CreditCode::check(code);
        if (!check.isValid())
            issue(QStringLiteral("credit_code"), check.message());
    }
    QString reason;
    if (const QString t = textOf(QStringLiteral("district")); !t.isEmpty()) {
        e.districtCode = districtCode(t, &reason);
        if (e.districtCode.isEmpty())
            issue(QStringLiteral("district"), reason);
    }
    if (const QString t = textOf(QStringLiteral("industry")); !t.isEmpty()) {
        e.industryCode = industryCode(t, &reason);
        if (e.industryCode.isEmpty())
            issue(QStringLiteral("industry"), reason);
    }
    if (const QString t = textOf(QStringLiteral("cluster")); !t.isEmpty()) {
        e.clusterId = m_clusterByName.value(t, 0);
        if (!e.clusterId)
            issue(QStringLiteral("cluster"), tr("Not one of the city's clusters (Reference data → Industry clusters)."));
    } else if (!e.industryCode.isEmpty()) {
        e.clusterId = ClusterRepository::clusterForIndustry(m_clusters, e.industryCode);   // as the editor suggests
    }
    if (cellOf(QStringLiteral("above_scale"))) {
        const auto above = parseAboveScale(textOf(QStringLiteral("above_scale")));
        if (above)
            e.aboveScale = *above;
        else
            issue(QStringLiteral("above_scale"), tr("Write 规上 or 规下 (是 or 否)."));
    }
    if (const Cell* c = cellOf(QStringLiteral("employees")); c && !c->isBlank()) {
        const auto n = ValueParsers::parseInteger(c->text);
        if (n && n.value() <= std::numeric_limits<int>::max())
            e.employees = int(n.value());
        else
            issue(QStringLiteral("employees"), n ? tr("The number of employees is too large.") : n.message());
    }
    if (const Cell* c = cellOf(QStringLiteral("revenue")); c && !c->isBlank()) {
        AmountOptions options;
        options.unitWan = m_revenueInWan;
        const auto amount = ValueParsers::parseAmountFen(c->text, options);
        if (amount)
            e.revenue = amount.value();
        else
            issue(QStringLiteral("revenue"), amount.message());
    }
    if (cellOf(QStringLiteral("tier"))) {
        const auto tier = parseTier(textOf(QStringLiteral("tier")));
        if (tier)
            e.tier = *tier;
        else
            issue(QStringLiteral("tier"), tr("Not a 专精特新 tier (创新型中小企业, 专精特新中小企业, 专精特新\"小巨人\", 单项冠军 or empty)."));
    }
    if (const Cell* c = cellOf(QStringLiteral("tier_valid_until")); c && !c->isBlank()) {
        const auto date = ValueParsers::parseDate(*c);
        if (date)
            e.tierValidUntil = date.value();
        else
            issue(QStringLiteral("tier_valid_until"), date.message());
    }
    e.contactName = textOf(QStringLiteral("contact_name"));
    e.contactPhone = textOf(QStringLiteral("contact_phone"));
    if (e.contactPhone.contains(QLatin1Char('*')))
        e.contactPhone.clear();   // a masked number from an export (138****5678) says nothing new
    static const QRegularExpression phoneRe(QStringLiteral("^[0-9+() -]{5,20}$"));
    if (!e.contactPhone.isEmpty() && !phoneRe.match(e.contactPhone).hasMatch())
        issue(QStringLiteral("contact_phone"), tr("Not a phone number (digits, spaces, +, - and brackets only)."));
    e.commissioner = textOf(QStringLiteral("commissioner"));
    if (const Cell* c = cellOf(QStringLiteral("notes")))
        e.notes = c->text.trimmed();   // notes keep their line breaks
    return e;
}

QStringList EnterpriseCells::mergeInto(const QVector<Cell>& row, const Enterprise& fromFile, Enterprise* stored) const
{
    QStringList changed;
    // Only what the file says: an unmapped column or an empty cell keeps the stored value
    // (an import never erases what someone entered).
    auto take = [&](const QString& key, auto Enterprise::*member) {
        const int column = m_column.value(key, -1);
        if (column < 0 || column >= row.size() || row.at(column).isBlank() || stored->*member == fromFile.*member)
            return;
        if (key == QLatin1String("contact_phone") && row.at(column).text.contains(QLatin1Char('*')))
            return;   // masked in an export: the stored number stays
        stored->*member = fromFile.*member;
        changed << m_label.value(key);
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
