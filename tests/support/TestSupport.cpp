#include "TestSupport.h"

#include "domain/CreditCode.h"

#include <QtTest>

namespace dx::test {

TempDatabase::TempDatabase(const OpenOptions& options)
{
    OpenOptions o = options;
    if (o.user.isEmpty())
        o.user = QStringLiteral("tester");
    auto opened = Database::open(path(), o);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.message()));
    m_db = opened.value();
}

QString makeCreditCode(const QString& district, int index)
{
    const QString eight = QStringLiteral("%1").arg(index, 8, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("91") + district + eight + CreditCode::computeOrganisationCheck(eight);
    return first17 + CreditCode::computeCheckCharacter(first17);
}

Enterprise sampleEnterprise(int index, const QString& name)
{
    Enterprise e;
    e.name = name.isEmpty() ? QStringLiteral("揭阳市测试%1纺织有限公司").arg(index) : name;
    e.creditCode = makeCreditCode(QStringLiteral("445202"), index);
    e.districtCode = QStringLiteral("445202");
    e.industryCode = QStringLiteral("17");
    e.employees = 50 + index;
    e.revenue = Money::fromWan(1000 + index);
    e.contactName = QStringLiteral("陈伟");
    e.contactPhone = QStringLiteral("13812345678");
    return e;
}

} // namespace dx::test
