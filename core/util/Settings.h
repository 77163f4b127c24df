#pragma once

#include <QVariant>

namespace dx {

// Typed settings: one enum of keys, each with its stored name and default (KeePassXC's
// Config pattern). Backed by QSettings; tests point it at a temporary file.
class Settings
{
public:
    enum class Key {
        Language,              // "" = follow the system, or "zh_CN" / "en"
        DatabasePath,          // "" = the default in the application-data folder
        UserName,              // who appears in the audit log; "" = the login name
        DemoOffered,           // the empty-database offer was shown once
        MainWindowGeometry,
        MainWindowState,
        EnterpriseListHeader,  // column widths, order and sort of the register
        EnterpriseEditorGeometry,
        LastDemoSize,
        AttachmentMaxMegabytes,  // documents above this size are refused with a message
        ProjectStuckDays,        // an open project unchanged this long is flagged in lists
        ProviderPoolHeader,      // column widths, order and sort of the resource pool
        MoneyInYuan,             // amounts shown in 元 instead of 万元
        ImportMappings,          // remembered column mappings: "kind/header signature" → field keys
        LastImportFolder,        // where the last imported or exported file was
        AboveScaleTargetPercent, // the programme's target: share of 规上 enterprises at 二级 or above
        BureauName,              // printed in the header of every report ("某某市工业和信息化局")
        BackupEnabled,           // automatic backups (first start of a day, before bulk writes)
        BackupFolder,            // "" = "<database name>-backups" next to the database
        BackupKeepDaily,         // rotation: newest backup of each of the last N days
        BackupKeepWeekly,        // rotation: newest backup of each of the last N weeks
        BackupWarnDays,          // the window warns when no verified backup is younger
        BackupBulkRows,          // imports / demo loads of this many rows are preceded by a backup
        ProjectListHeader,       // column widths, order and sort of the project list
        GrantListHeader,         // column widths, order and sort of the grants list
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    static QString name(Key key);
    // Redirects all settings to an INI file (tests, portable use).
    static void useFile(const QString& iniPath);
};

} // namespace dx
