#pragma once

#include <QStringList>

// dxdesk backup [--out FILE] and dxdesk restore FILE (core/db/Backup, BackupSchedule).
int runBackup(const QStringList& args);
int runRestore(const QStringList& args);
