#include "DemoProviders.h"

#include "domain/CreditCode.h"
#include "repo/ClusterRepository.h"

namespace dx {

namespace {
QString creditCode(int index)
{
    // Providers registered in 揭阳's 榕城区 (445202), organisation codes in their own range.
    const QString eight = QStringLiteral("%1").arg(70000000 + index * 37, 8, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("91445202") + eight + CreditCode::computeOrganisationCheck(eight);
    return first17 + CreditCode::computeCheckCharacter(first17);
}

const char* const kTractionSuffixes[] = {"产业互联网有限公司", "产业链数字科技股份有限公司"};
const char* const kIntegrators[] = {"揭阳数智科技有限公司", "广东粤链工业互联网有限公司", "潮汕云制造服务有限公司"};
const char* const kVendors[] = {"云帆软件", "智造云", "数联科技", "易企云", "精益通", "链工宝", "慧能科技", "云仓宝"};
struct ProductKind
{
    const char* name;
    const char* category;
    const char* scenes;   // scene ids of the 2024 index
};
const ProductKind kProducts[] = {
    {"轻量化MES", "生产管控", "production_control,planning_scheduling,quality_management"},
    {"设备联网与监控", "设备管理", "equipment_management,energy_management"},
    {"云ERP", "经营管理", "financial_management,procurement_management,warehousing_logistics"},
    {"订单与营销小程序", "营销服务", "marketing_management,after_sales_service"},
    {"能耗在线监测", "绿色低碳", "energy_management,safety_production"},
    {"数字化质检", "质量管理", "quality_management"},
    {"协同办公平台", "综合管理", "collaborative_office,human_resources"},
    {"经营驾驶舱", "决策支持", "decision_support"},
};
}

DemoProviders::Pool DemoProviders::generate(const QVector<Cluster>& clusters, const QStringList& sceneIds, quint64 seed)
{
    Pool pool;
    int index = 0;
    const QDate admitted(2024, 4, 15);
    for (const Cluster& c : clusters) {
        for (const char* suffix : kTractionSuffixes) {
            Provider p;
            p.name = QStringLiteral("揭阳%1%2").arg(c.name, QString::fromUtf8(suffix));
            p.creditCode = creditCode(index++);
            p.roles = {ProviderRole::Traction};
            p.clusterIds = {c.id};
            p.admissionBatch = QStringLiteral("第1批");
            p.admittedOn = admitted;
            p.contactName = QStringLiteral("项目负责人");
            pool.providers.push_back(p);
        }
    }
    for (const char* name : kIntegrators) {
        Provider p;
        p.name = QString::fromUtf8(name);
        p.creditCode = creditCode(index++);
        p.roles = {ProviderRole::Integrator, ProviderRole::ProductVendor};
        for (const Cluster& c : clusters)
            p.clusterIds << c.id;
        p.admissionBatch = QStringLiteral("第1批");
        p.admittedOn = admitted;
        pool.providers.push_back(p);
    }
    const int firstVendor = int(pool.providers.size());
    for (const char* name : kVendors) {
        Provider p;
        p.name = QStringLiteral("广州%1有限公司").arg(QString::fromUtf8(name));
        p.creditCode = creditCode(index++);
        p.roles = {ProviderRole::ProductVendor};
        p.admissionBatch = index % 3 == 0 ? QStringLiteral("第2批") : QStringLiteral("第1批");
        p.admittedOn = p.admissionBatch == QStringLiteral("第2批") ? admitted.addMonths(6) : admitted;
        pool.providers.push_back(p);
    }
    // One vendor was warned for late delivery: the pool is not all green.
    Provider& warned = pool.providers[firstVendor + int(seed % 8)];
    warned.poolStatus = PoolStatus::Warned;
    warned.statusReason = QStringLiteral("项目交付延期，约谈提醒");
    warned.statusOn = admitted.addMonths(9);

    int n = 0;
    for (int v = firstVendor; v < pool.providers.size(); ++v) {
        for (int k = 0; k < 3; ++k) {
            const ProductKind& kind = kProducts[(v + k * 3) % 8];
            Product product;
            product.providerId = v;   // index; the caller maps it to the stored id
            product.name = QStringLiteral("%1%2").arg(pool.providers.at(v).name.mid(2, 3), QString::fromUtf8(kind.name));
            product.category = QString::fromUtf8(kind.category);
            for (const QString& id : QString::fromUtf8(kind.scenes).split(QLatin1Char(',')))
                if (sceneIds.contains(id))
                    product.sceneIds << id;
            product.price = Money::fromYuan(qint64(9800 + 4000 * ((n * 7) % 20)));
            product.reviewBatch = (n % 4 == 3) ? QStringLiteral("第2批") : QStringLiteral("第1批");
            product.reviewStatus = n % 11 == 5 ? ReviewStatus::Rejected : (n % 7 == 6 ? ReviewStatus::Applied : ReviewStatus::Approved);
            if (product.reviewStatus == ReviewStatus::Rejected)
                product.reviewReason = QStringLiteral("功能与申报场景不符");
            pool.products.push_back(product);
            ++n;
        }
    }
    return pool;
}

} // namespace dx
