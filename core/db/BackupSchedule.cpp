#include "BackupSchedule.h"

#include "Backup.h"
#include "Database.h"
#include "util/Settings.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace dx {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// The first week of a year can belong to the previous ISO year: key on both.
int isoWeekKey(const QDate& d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return year * 100 + week;
}

} // namespace

BackupPolicy BackupPolicy::fromSettings()
{
    BackupPolicy p;
    p.enabled = Settings::value(Settings::Key::BackupEnabled).toBool();
    p.folder = Settings::value(Settings::Key::BackupFolder).toString();
    p.keepDaily = qMax(1, Settings::value(Settings::Key::BackupKeepDaily).toInt());
    p.keepWeekly = qMax(0, Settings::value(Settings::Key::BackupKeepWeekly).toInt());
    p.warnAfterDays = qMax(1, Settings::value(Settings::Key::BackupWarnDays).toInt());
    p.bulkRows = qMax(1, Settings::value(Settings::Key::BackupBulkRows).toInt());
    return p;
}

BackupSchedule::BackupSchedule(const Database& db, BackupPolicy policy) : m_db(db), m_policy(std::move(policy)) {}

QString BackupSchedule::folder() const
{
    if (!m_policy.folder.isEmpty())
        return m_policy.folder;
    const QFileInfo info(m_db.path());
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QVector<BackupEntry> BackupSchedule::list() const
{
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    const QRegularExpression pattern(QStringLiteral("^%1-(\\d{8}-\\d{6})-([a-z]+)(?:-\\d+)?\\.sqlite$")
                                         .arg(QRegularExpression::escape(base)));
    QVector<BackupEntry> out;
    const QFileInfoList files = QDir(folder()).entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QFileInfo& f : files) {
        const auto m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime taken = QDateTime::fromString(m.captured(1), kStampFormat);
        if (taken.isValid())
            out.push_back({f.absoluteFilePath(), taken, m.captured(2)});
    }
    std::sort(out.begin(), out.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.taken != b.taken ? a.taken > b.taken : a.path > b.path;
    });
    return out;
}

std::optional<QDateTime> BackupSchedule::newestTaken() const
{
    const auto entries = list();
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first().taken;
}

Result<BackupFile> BackupSchedule::now(const QString& reason)
{
    const QString stamp = m_db.clock().now().toLocalTime().toString(kStampFormat);
    QString target = QDir(folder()).filePath(
        QStringLiteral("%1-%2-%3.sqlite").arg(QFileInfo(m_db.path()).completeBaseName(), stamp, reason));
    for (int n = 2; QFileInfo::exists(target); ++n)   // two in the same second
        target = QDir(folder()).filePath(
            QStringLiteral("%1-%2-%3-%4.sqlite").arg(QFileInfo(m_db.path()).completeBaseName(), stamp, reason).arg(n));
    auto written = Backup::write(m_db, target);
    if (written)
        rotate();
    return written;
}

Result<std::optional<BackupFile>> BackupSchedule::daily()
{
    // A shared PostgreSQL database is backed up by its server (pg_dump, base backups), not by
    // each officer's DX Desk; so are the bulk writes below, and no warning is due.
    if (!m_policy.enabled || !m_db.isFile())
        return std::optional<BackupFile>();
    const auto newest = newestTaken();
    if (newest && newest->date() == m_db.clock().now().toLocalTime().date())
        return std::optional<BackupFile>();
    auto written = now(QStringLiteral("daily"));
    if (!written)
        return written.status();
    return std::optional<BackupFile>(written.value());
}

Result<std::optional<BackupFile>> BackupSchedule::beforeBulkWrite(int rows, const QString& reason)
{
    if (!m_policy.enabled || !m_db.isFile() || rows < m_policy.bulkRows)
        return std::optional<BackupFile>();
    // An empty register has nothing to lose; reference data comes back with a new file.
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM enterprises)")) && q.next() && !q.value(0).toBool())
        return std::optional<BackupFile>();
    q.finish();
    // Nothing written since the newest backup (the day's first start took one, say): it is
    // already the copy to go back to.
    const QVector<BackupEntry> entries = list();
    if (!entries.isEmpty() && Backup::holdsTheSameData(m_db, entries.first().path))
        return std::optional<BackupFile>();
    auto written = now(reason);
    if (!written)
        return Status::error(written.code(), tr("Nothing was written, because the backup before it failed: %1").arg(written.message()));
    return std::optional<BackupFile>(written.value());
}

QStringList BackupSchedule::rotate() const
{
    const QVector<BackupEntry> entries = list();
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<int> weeks;
    for (int i = 0; i < entries.size(); ++i) {
        const BackupEntry& e = entries.at(i);
        const QDate day = e.taken.date();
        if (i < m_policy.keepLatest)
            keep.insert(e.path);
        // Newest first: the first entry seen of a day or week is its newest.
        if (!days.contains(day) && days.size() < m_policy.keepDaily) {
            days.insert(day);
            keep.insert(e.path);
        }
        if (!weeks.contains(isoWeekKey(day)) && weeks.size() < m_policy.keepWeekly) {
            weeks.insert(isoWeekKey(day));
            keep.insert(e.path);
        }
    }
    QStringList removed;
    for (const BackupEntry& e : entries)
        if (!keep.contains(e.path) && QFile::remove(e.path))
            removed << e.path;
    // A backup cut short (the program killed or the machine off while it copied) leaves its
    // "<name>.partial", as large as the database: removed once it is an hour old, by when any
    // copy still running would have rewritten it (a 2.7 GB database copies in under a minute).
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-3600);
    for (const QFileInfo& f : QDir(folder()).entryInfoList({base + QStringLiteral("-*.sqlite.partial")}, QDir::Files))
        if (f.lastModified() < stale && QFile::remove(f.absoluteFilePath()))
            removed << f.absoluteFilePath();
    return removed;
}

QString BackupSchedule::staleWarning() const
{
    if (!m_db.isFile())
        return {};
    const auto newest = newestTaken();
    const QDateTime now = m_db.clock().now().toLocalTime();
    if (newest && newest->daysTo(now) < m_policy.warnAfterDays)
        return {};
    if (!newest)
        return tr("No verified backup of this database exists yet. Use File › Back up database.");
    return tr("The newest verified backup of this database is %n day(s) old (%1).", nullptr, int(newest->daysTo(now)))
        .arg(newest->toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace dx
