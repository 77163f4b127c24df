#pragma once

#include <QStringList>

// dxdesk audit verify|export: the tamper-evident audit trail (core/repo/AuditRepository,
// core/exchange/AuditExport).
int runAudit(const QStringList& args);
