#pragma once

#include "domain/Diagnosis.h"
#include "domain/Enterprise.h"

namespace dx {

// Plausible diagnoses for demonstration enterprises: a baseline for about a third, and a
// post-transformation assessment a year later for about a third of those, with better
// answers. Answers follow a per-enterprise "maturity" (larger and higher-tier firms are more
// digital), so levels spread as in a real city. Deterministic for a seed.
class DemoDiagnoses
{
public:
    static QVector<Diagnosis> generate(const AssessmentIndex& index, const QVector<Enterprise>& enterprises, quint64 seed);
    static Answers answersFor(const AssessmentIndex& index, double maturity, quint64 seed);
};

} // namespace dx
