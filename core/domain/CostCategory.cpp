#include "CostCategory.h"

#include <QCoreApplication>

namespace dx {

namespace {
struct Category
{
    const char* key;
    const char* name;
};
const Category kCategories[] = {
    {"software", QT_TRANSLATE_NOOP("dx::CostCategory", "Software")},
    {"cloud", QT_TRANSLATE_NOOP("dx::CostCategory", "Cloud services")},
    {"implementation", QT_TRANSLATE_NOOP("dx::CostCategory", "Implementation")},
    {"hardware", QT_TRANSLATE_NOOP("dx::CostCategory", "Hardware")},
    {"training", QT_TRANSLATE_NOOP("dx::CostCategory", "Training")},
    {"maintenance", QT_TRANSLATE_NOOP("dx::CostCategory", "Maintenance")},
};
}

QStringList costCategoryKeys()
{
    QStringList keys;
    for (const Category& c : kCategories)
        keys << QLatin1String(c.key);
    return keys;
}

QString costCategoryName(const QString& key)
{
    for (const Category& c : kCategories)
        if (key == QLatin1String(c.key))
            return QCoreApplication::translate("dx::CostCategory", c.name);
    return key;
}

QString costCategoryKey(const QString& nameOrKey)
{
    const QString text = nameOrKey.trimmed();
    for (const Category& c : kCategories)
        if (text == QLatin1String(c.key) || text == QCoreApplication::translate("dx::CostCategory", c.name) ||
            text.compare(QLatin1String(c.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(c.key);
    return text;
}

} // namespace dx
