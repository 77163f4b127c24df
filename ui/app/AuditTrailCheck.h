#pragma once

#include "db/Database.h"

#include <QCoreApplication>

class QWidget;

namespace dx {

// File › Verify audit trail…: walks the audit chain off the GUI thread with a progress dialog
// (Cancel stops it) and says what it found: intact, or the first broken row and why.
class AuditTrailCheck
{
    Q_DECLARE_TR_FUNCTIONS(dx::AuditTrailCheck)
public:
    static void run(QWidget* parent, const DatabasePtr& db);
};

} // namespace dx
