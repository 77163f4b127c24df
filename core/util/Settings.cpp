#include "Settings.h"

#include <QSettings>
#include <memory>

namespace dx {

namespace {
struct Definition
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const Definition kDefinitions[] = {
    {Settings::Key::Language, "ui/language", QString()},
    {Settings::Key::DatabasePath, "database/path", QString()},
    {Settings::Key::UserName, "user/name", QString()},
    {Settings::Key::DemoOffered, "database/demoOffered", false},
    {Settings::Key::MainWindowGeometry, "ui/mainWindow/geometry", QByteArray()},
    {Settings::Key::MainWindowState, "ui/mainWindow/state", QByteArray()},
    {Settings::Key::EnterpriseListHeader, "ui/enterprises/header", QByteArray()},
    {Settings::Key::EnterpriseEditorGeometry, "ui/enterprises/editorGeometry", QByteArray()},
    {Settings::Key::ProviderPoolHeader, "ui/providers/header", QByteArray()},
    {Settings::Key::ProjectListHeader, "ui/projects/header", QByteArray()},
    {Settings::Key::GrantListHeader, "ui/grants/header", QByteArray()},
    {Settings::Key::MoneyInYuan, "ui/moneyInYuan", false},
    {Settings::Key::LastDemoSize, "database/lastDemoSize", 2000},
    {Settings::Key::AttachmentMaxMegabytes, "documents/maxMegabytes", 50},
    {Settings::Key::ProjectStuckDays, "projects/stuckDays", 90},
    {Settings::Key::ImportMappings, "exchange/mappings", QVariantMap()},
    {Settings::Key::LastImportFolder, "exchange/lastFolder", QString()},
    {Settings::Key::AboveScaleTargetPercent, "dashboard/aboveScaleTargetPercent", 90},
    {Settings::Key::BureauName, "reports/bureauName", QString()},
    {Settings::Key::BackupEnabled, "backup/enabled", true},
    {Settings::Key::BackupFolder, "backup/folder", QString()},
    {Settings::Key::BackupKeepDaily, "backup/keepDaily", 7},
    {Settings::Key::BackupKeepWeekly, "backup/keepWeekly", 4},
    {Settings::Key::BackupWarnDays, "backup/warnDays", 7},
    {Settings::Key::BackupBulkRows, "backup/bulkRows", 1000},
};

QString s_iniPath;

std::unique_ptr<QSettings> open()
{
    if (!s_iniPath.isEmpty())
        return std::make_unique<QSettings>(s_iniPath, QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

const Definition& definition(Settings::Key key)
{
    for (const Definition& d : kDefinitions)
        if (d.key == key)
            return d;
    return kDefinitions[0];
}
}

QString Settings::name(Key key)
{
    return QLatin1String(definition(key).name);
}

QVariant Settings::value(Key key)
{
    const Definition& d = definition(key);
    return open()->value(QLatin1String(d.name), d.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    open()->setValue(QLatin1String(definition(key).name), value);
}

void Settings::useFile(const QString& iniPath)
{
    s_iniPath = iniPath;
}

} // namespace dx
