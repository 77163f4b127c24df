#pragma once

#include "Money.h"
#include "workflow/ProjectWorkflow.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dx {

// A transformation project (改造项目) of an enterprise, from filing to acceptance.
struct Project
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    QString updatedAt;
    QString updatedBy;

    qint64 enterpriseId = 0;
    QString title;
    qint64 tractionProviderId = 0;     // 牵引单位 (0: not set)
    qint64 integratorProviderId = 0;   // 集成服务商
    QList<qint64> vendorIds;           // "小快轻准" product vendors (the "N" of "1+1+N")
    QList<qint64> productIds;          // products used; each from one of the parties
    qint64 baselineDiagnosisId = 0;    // required: the diagnosis the project starts from
    int targetLevel = 2;               // 二级 by default
    QStringList targetSceneIds;
    QDate contractSignedOn;
    Money contractAmount;
    ProjectState state = ProjectState::Draft;
    QDate stateChangedOn;
    QDate filedOn;
    QString cancelReason;
    bool showcase = false;             // 样板 / "小灯塔"
    QString notes;
    // The acceptance record (验收).
    qint64 acceptanceDiagnosisId = 0;
    QDate acceptedOn;
    QString acceptanceResult;
    QString acceptanceInspectors;
    bool dossierVerified = false;      // 一企一档 checked on site
};

// A line of the project's cost, by category; only eligible lines count for subsidies.
struct CostLine
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString category;     // software, cloud, implementation, hardware, training, maintenance …
    QString description;
    Money amount;
    bool eligible = true;
};

struct Milestone
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString title;
    QDate dueOn;
    QDate doneOn;         // invalid while open
};

struct Invoice
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString number;
    QDate issuedOn;
    Money amount;          // including tax
    Money amountExclTax;   // what subsidies verify against
};

struct Payment
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString reference;     // bank slip / voucher number
    QDate paidOn;
    Money amount;
};

// A project with its lines, as generated or imported in bulk.
struct ProjectBundle
{
    Project project;
    QVector<CostLine> costLines;
    QVector<Milestone> milestones;
};

} // namespace dx
