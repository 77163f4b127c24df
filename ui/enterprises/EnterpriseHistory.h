#pragma once

#include "repo/AuditRepository.h"

#include <QTreeWidgetItem>

namespace dx {

class Database;

// Turns audit rows of an enterprise into readable lines: translated field names and values
// (cluster names, 万元, tiers), phone numbers masked.
class EnterpriseHistory
{
public:
    static QTreeWidgetItem* item(const AuditEntry& entry, const Database& db);
    static QString fieldLabel(const QString& field);
    static QString actionLabel(const QString& action);
    static QString valueText(const QString& field, const QJsonValue& value, const Database& db);
};

} // namespace dx
