#pragma once

// A small city for the report tests, on the grant tests' fixture (GrantFixture.h):
//   E1 揭阳市测试1纺织有限公司 (first cluster, phone 13812345678): baseline 2024-03-06 (一级),
//      project 织造车间数字化改造 (contract 1,000,000.00 元, cost lines MES 订阅 …, milestones
//      系统部署上线 / 试运行与优化) accepted 2024-12-20 by 王芳、李强 on a post assessment at 二级;
//      an evidence file (合同.pdf) on the project and on the baseline diagnosis; a grant of 10 % approved 90,000.00 元, a tranche of 50,000.00 元 paid.
//   E2, E3 (same cluster): registered only.
#include "GrantFixture.h"
#include "repo/AttachmentRepository.h"
#include "repo/ClusterRepository.h"

#include <QTemporaryDir>

namespace dx::test {

class ReportFixture : public GrantFixture
{
public:
    ReportFixture() : GrantFixture(QDate(2025, 1, 10))
    {
        auto clusters = ClusterRepository(db()).list();
        check(clusters.status(), "clusters");
        clusterId = clusters->first().id;
        clusterName = clusters->first().name;
        e1 = enterprise(1, Tier::None, clusterId);
        Project p = project(e1);
        project1 = accept(p).id;
        e2 = enterprise(2, Tier::None, clusterId);
        e3 = enterprise(3, Tier::None, clusterId);

        QFile file(m_files.filePath(QStringLiteral("合同.pdf")));
        file.open(QIODevice::WriteOnly);
        file.write("contract text");
        file.close();
        auto added = AttachmentRepository(db()).add(QStringLiteral("projects"), project1, file.fileName(), QStringLiteral("contract"), 1 << 20);
        check(added.status(), "attachment");
        sha256 = added->sha256;
        auto diagnoses = DiagnosisRepository(db()).listForEnterprise(e1);
        check(diagnoses.status(), "diagnoses");
        auto signedForm = AttachmentRepository(db()).add(QStringLiteral("diagnoses"), diagnoses->last().id, file.fileName(),
                                                         QStringLiteral("acceptance"), 1 << 20);
        check(signedForm.status(), "diagnosis evidence");

        const Fund f = fund(Money::fromWan(1000));
        const PolicyInfo rate = ratePolicy(f.id, 1000, "enterprise_upgrade", QStringLiteral("技改奖补"));
        Grant g = approved(reviewed(applied(e1, project1, rate.id, Money::fromYuan(90000))), Money::fromYuan(90000));
        auto paid = grants().addTranche(g.id, g.version, tranche(Money::fromYuan(50000), TrancheBasis::None, 0, QStringLiteral("PZ-7788")));
        check(paid.status(), "tranche");
    }

    qint64 clusterId = 0;
    QString clusterName;
    qint64 e1 = 0, e2 = 0, e3 = 0;
    qint64 project1 = 0;
    QString sha256;

private:
    QTemporaryDir m_files;
};

} // namespace dx::test
