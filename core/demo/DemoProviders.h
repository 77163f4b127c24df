#pragma once

#include "domain/Provider.h"

#include <QVector>

namespace dx {

struct Cluster;

// The resource pool of the demonstration city, as the seeds describe it: two traction units
// (牵引单位) per cluster, integrators, and "小快轻准" product vendors with their products.
class DemoProviders
{
public:
    struct Pool
    {
        QVector<Provider> providers;
        QVector<Product> products;   // providerId = index into providers until stored
    };
    static Pool generate(const QVector<Cluster>& clusters, const QStringList& sceneIds, quint64 seed);
};

} // namespace dx
