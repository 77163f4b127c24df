#include "DemoDiagnoses.h"

#include <QtMath>

namespace dx {

namespace {
// splitmix64, as in the city generator: the same numbers on every platform.
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
    double unit() { return double(next() >> 11) / double(1ULL << 53); }
};

const char* const kProviders[] = {"揭阳数智科技有限公司", "广东粤链工业互联网有限公司", "潮汕云制造服务有限公司",
                                  "揭阳市工业互联网研究院"};
const char* const kAssessors[] = {"陈建华", "林晓敏", "黄志强", "郑丽芳", "吴俊杰", "李海燕"};
}

Answers DemoDiagnoses::answersFor(const AssessmentIndex& index, double maturity, quint64 seed)
{
    Rng r{seed};
    Answers a;
    auto jitter = [&r](double m) { return qBound(0.0, m + (r.unit() - 0.5) * 0.35, 1.0); };
    for (const IndexItem* item : index.allItems()) {
        ItemAnswer answer;
        const double m = jitter(maturity);
        switch (item->kind) {
        case ItemKind::Single:
        case ItemKind::Compare: {
            // Options are listed from worst to best in the index; pick by maturity.
            const int n = int(item->options.size());
            answer.options << item->options.at(qBound(0, int(m * n), n - 1)).id;
            break;
        }
        case ItemKind::Multi:
            for (const IndexOption& opt : item->options)
                if (!opt.exclusive && r.unit() < m)
                    answer.options << opt.id;
            if (answer.options.isEmpty())
                for (const IndexOption& opt : item->options)
                    if (opt.exclusive)
                        answer.options << opt.id;
            break;
        case ItemKind::Band:
            answer.value = qRound(((item->max - item->min) * m * m + item->min) * 10.0) / 10.0;
            break;
        }
        a.items.insert(item->id, answer);
    }
    for (const Scene& scene : index.scenes) {
        const int level = qBound(0, int(std::floor(jitter(maturity) * 4.6)), 4);
        if (level > 0)
            a.sceneLevels.insert(scene.id, level);
    }
    return a;
}

QVector<Diagnosis> DemoDiagnoses::generate(const AssessmentIndex& index, const QVector<Enterprise>& enterprises, quint64 seed)
{
    QVector<Diagnosis> out;
    if (index.totalOnly)
        return out;
    for (const Enterprise& e : enterprises) {
        Rng r{seed ^ (quint64(e.id) * 0xD1B54A32D192ED03ULL)};
        r.next();
        if (r.unit() >= 0.34)
            continue;
        double maturity = 0.22 + 0.25 * r.unit() + (e.aboveScale ? 0.12 : 0.0) + 0.05 * int(e.tier);
        Diagnosis d;
        d.enterpriseId = e.id;
        d.kind = DiagnosisKind::Baseline;
        d.status = DiagnosisStatus::Confirmed;
        d.indexId = index.id;
        d.indexVersion = index.version;
        d.visitDate = QDate(2024, 3, 1).addDays(int(r.next() % 540));
        d.provider = QString::fromUtf8(kProviders[r.next() % 4]);
        d.assessor = QString::fromUtf8(kAssessors[r.next() % 6]);
        d.answers = answersFor(index, maturity, r.next());
        out.push_back(d);
        if (r.unit() < 0.3) {   // transformed: assessed again after the project
            Diagnosis post = d;
            post.kind = DiagnosisKind::PostTransformation;
            post.visitDate = d.visitDate.addDays(240 + int(r.next() % 200));
            post.answers = answersFor(index, qMin(1.0, maturity + 0.22 + 0.1 * r.unit()), r.next());
            out.push_back(post);
        }
    }
    return out;
}

} // namespace dx
