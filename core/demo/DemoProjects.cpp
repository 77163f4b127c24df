#include "DemoProjects.h"

namespace dx {

namespace {
struct Rng
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
};

// Category, description, share of the contract in percent, eligible for subsidy.
struct CostShare
{
    const char* category;
    const char* description;
    int percent;
    bool eligible;
};
const CostShare kCosts[] = {
    {"software", "生产管理系统（MES）订阅", 40, true},
    {"cloud", "云服务与数据存储", 15, true},
    {"implementation", "实施与系统集成", 25, true},
    {"hardware", "数据采集网关与传感器", 12, true},
    {"training", "操作人员培训", 5, false},
    {"maintenance", "首年运维", 3, false},
};
// What SMEs' "小快轻准" projects are called in a city's ledgers; a project's title is picked by
// its baseline diagnosis, outside the random sequence, so every other figure of a seed stays.
const char* const kTitles[] = {"生产设备联网与数据采集改造", "MES 生产执行系统上线", "仓储物流数字化管理",
                               "产品质量追溯系统建设", "能耗在线监测与优化", "订单与供应链协同平台应用",
                               "ERP 业财一体化改造", "数字化车间建设", "研发设计数字化（CAD/PLM）",
                               "安全生产智能监测"};
const char* const kMilestones[] = {"方案设计与评审", "系统部署上线", "试运行与优化"};
const char* const kInspectors[] = {"市工信局 陈伟、第三方机构 林敏", "市工信局 黄强、第三方机构 郑芳", "市中小企业服务中心 吴杰"};
}

QVector<ProjectBundle> DemoProjects::generate(const QVector<Diagnosis>& diagnoses, quint64 seed, const QStringList& sceneIds)
{
    QVector<ProjectBundle> out;
    for (int i = 0; i < diagnoses.size(); ++i) {
        const Diagnosis& baseline = diagnoses.at(i);
        if (baseline.kind != DiagnosisKind::Baseline || baseline.id == 0)
            continue;
        const Diagnosis* post = nullptr;
        if (i + 1 < diagnoses.size() && diagnoses.at(i + 1).enterpriseId == baseline.enterpriseId &&
            diagnoses.at(i + 1).kind == DiagnosisKind::PostTransformation)
            post = &diagnoses.at(i + 1);
        Rng r{seed ^ (quint64(baseline.id) * 0x9FB21C651E98DF25ULL)};
        r.next();
        if (!post && r.below(100) >= 35)
            continue;

        ProjectBundle b;
        Project& p = b.project;
        p.enterpriseId = baseline.enterpriseId;
        p.baselineDiagnosisId = baseline.id;
        p.title = QString::fromUtf8(kTitles[baseline.id % qint64(sizeof(kTitles) / sizeof(kTitles[0]))]);
        p.targetLevel = 2;
        p.contractSignedOn = baseline.visitDate.addDays(20 + r.below(60));
        p.contractAmount = Money::fromWan(20 + r.below(280));
        p.showcase = r.below(20) == 0;
        if (sceneIds.size() >= 2) {
            const int first = r.below(int(sceneIds.size()));
            p.targetSceneIds = QStringList{sceneIds.at(first), sceneIds.at((first + 1 + r.below(int(sceneIds.size()) - 1)) % sceneIds.size())};
        }
        if (post && post->visitDate > p.contractSignedOn && post->level >= p.targetLevel) {
            p.state = ProjectState::Accepted;
            p.acceptanceDiagnosisId = post->id;
            p.acceptedOn = post->visitDate.addDays(10 + r.below(30));
            p.acceptanceResult = QStringLiteral("现场核查与一企一档资料一致，改造成效达到目标。");
            p.acceptanceInspectors = QString::fromUtf8(kInspectors[r.below(3)]);
            p.dossierVerified = true;
            p.stateChangedOn = p.acceptedOn;
        } else if (post) {
            p.state = ProjectState::NotAccepted;
            p.acceptedOn = post->visitDate.addDays(10 + r.below(30));
            p.acceptanceResult = QStringLiteral("改造后评测未达到目标等级，需整改后重新申请验收。");
            p.acceptanceInspectors = QString::fromUtf8(kInspectors[r.below(3)]);
            p.stateChangedOn = p.acceptedOn;
        } else {
            static const ProjectState open[] = {ProjectState::Draft, ProjectState::Filed, ProjectState::InProgress,
                                                ProjectState::InProgress, ProjectState::AcceptanceRequested, ProjectState::Cancelled};
            p.state = open[r.below(6)];
            p.stateChangedOn = p.contractSignedOn.addDays(15 + r.below(200));
            if (p.state == ProjectState::Cancelled)
                p.cancelReason = QStringLiteral("企业经营调整，主动申请终止改造。");
        }
        if (p.state != ProjectState::Draft)
            p.filedOn = p.contractSignedOn.addDays(5 + r.below(20));

        qint64 allocated = 0;
        const int costCount = int(sizeof(kCosts) / sizeof(kCosts[0]));
        for (int c = 0; c < costCount; ++c) {
            const CostShare& share = kCosts[c];
            // The last line takes the rounding remainder, so the lines add up to the contract.
            const qint64 amount = c + 1 == costCount ? p.contractAmount.fen() - allocated
                                                     : p.contractAmount.fen() * share.percent / 100;
            allocated += amount;
            b.costLines.push_back({0, 0, QLatin1String(share.category), QString::fromUtf8(share.description),
                                   Money::fromFen(amount), share.eligible});
        }
        for (int m = 0; m < 3; ++m) {
            Milestone ms;
            ms.title = QString::fromUtf8(kMilestones[m]);
            ms.dueOn = p.contractSignedOn.addDays(45 * (m + 1));
            const bool done = p.state == ProjectState::Accepted || p.state == ProjectState::NotAccepted ||
                              p.state == ProjectState::AcceptanceRequested ||
                              (p.state == ProjectState::InProgress && m == 0);
            if (done)
                ms.doneOn = ms.dueOn.addDays(r.below(20) - 14);   // about three in four on time
            b.milestones.push_back(ms);
        }
        out.push_back(b);
    }
    return out;
}

} // namespace dx
