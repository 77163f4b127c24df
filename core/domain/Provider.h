#pragma once

#include "Money.h"

#include <QDate>
#include <QStringList>

namespace dx {

// Roles in Guangdong's "1+1+N": a traction unit (牵引单位), an integrator (集成服务商) and
// "小快轻准" product vendors. A provider may hold several.
enum class ProviderRole { Traction = 0, Integrator = 1, ProductVendor = 2 };
QString providerRoleName(ProviderRole role);
QString providerRoleKey(ProviderRole role);   // "traction", "integrator", "vendor" (stored)

// Standing in the city's resource pool (资源池).
enum class PoolStatus { Admitted = 0, Warned = 1, Rectifying = 2, Removed = 3 };
QString poolStatusName(PoolStatus status);

struct Provider
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    QString name;
    QString creditCode;
    QList<ProviderRole> roles;
    QList<qint64> clusterIds;       // clusters served
    QString admissionBatch;         // e.g. 第1批
    QDate admittedOn;
    PoolStatus poolStatus = PoolStatus::Admitted;
    QString statusReason;
    QDate statusOn;
    QString contactName;
    QString contactPhone;
    QString notes;
    bool archived = false;
};

enum class ReviewStatus { Applied = 0, Approved = 1, Rejected = 2 };
QString reviewStatusName(ReviewStatus status);

// A "小快轻准" digital product on the city's list.
struct Product
{
    qint64 id = 0;
    QString uuid;
    int version = 0;
    qint64 providerId = 0;
    QString name;
    QString category;
    QStringList sceneIds;           // business scenes of the index it addresses
    Money price;
    QString reviewBatch;            // 第1批, 第2批 …
    ReviewStatus reviewStatus = ReviewStatus::Applied;
    QString reviewReason;
    bool archived = false;
};

} // namespace dx
