#include "diary/DiaryStore.h"

#include "common/Logging.h"
#include "diary/EpisodeRows.h"
#include "diary/Schema.h"
#include "diary/SqlHelpers.h"
#include "diary/Summaries.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <unistd.h>

namespace legcare::diary {

using detail::EpisodeWriter;
using detail::episodeFromRow;
using detail::exec;
using detail::isoDateTime;
using detail::kEpisodeColumns;
using detail::textValue;
using detail::whereClause;
using detail::sqlError;
using detail::SummaryChange;
using detail::WriteTransaction;

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("legcare-diary-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
}

// Files that exist but do not start with SQLite's magic are not databases at all.
bool looksLikeSqlite(const QString &path, QString *problem)
{
    QFile file(path);
    if (file.size() == 0)
        return true; // an empty file is a new database
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

int queryInt(QSqlDatabase db, const QString &sql, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(sql) && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

// Puts the database in WAL mode. Switching a file that is not yet in it takes an exclusive lock
// without SQLite's busy handler, so two programs opening a new diary at once can find the lock
// held for a moment ("database is locked" at once): try again until the busy timeout.
bool switchToWal(QSqlDatabase db, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error))
            return true;
        const bool busy = error->contains(QLatin1String("locked")) || error->contains(QLatin1String("busy"));
        if (!busy || waited.elapsed() >= DiaryStore::kBusyTimeoutMs)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

// The file a migration's backup is written to until it is complete: created empty and private
// (VACUUM INTO accepts an empty file) after removing those that a crash in an earlier
// migration left behind (not one that another program is writing now: only old ones).
QString createPartialBackup(const QString &path, int version)
{
    const QFileInfo info(path);
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-3600);
    const QFileInfoList partials = info.dir().entryInfoList({info.fileName() + QStringLiteral(".partial-backup-*")},
                                                            QDir::Files | QDir::Hidden);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified() < stale)
            QFile::remove(partial.absoluteFilePath());
    }
    const QString name = QStringLiteral("%1.partial-backup-v%2-%3").arg(path).arg(version).arg(stamp());
    QFile file(name);
    if (file.open(QIODevice::WriteOnly))
        file.setPermissions(kOwnerFile);
    return name;
}

bool syncFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && ::fsync(file.handle()) == 0)
        return true;
    *error = file.isOpen() ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString();
    return false;
}

bool renameFile(const QString &from, const QString &to, QString *error)
{
    QFile file(from);
    if (file.rename(to))
        return true;
    *error = file.errorString();
    return false;
}

bool checkValid(const Episode &episode, QString *error)
{
    const QString problem = validate(episode);
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

} // namespace

DiaryStore::DiaryStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

DiaryStore::~DiaryStore()
{
    {
        QSqlDatabase db = database(m_connection);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString DiaryStore::defaultPath()
{
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("LEGCARE_DB"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/diary.sqlite");
}

DiaryStore::OpenResult DiaryStore::open(const QString &path)
{
    OpenResult result;
    const auto fail = [&](OpenError::Kind kind, const QString &message) {
        result.error = OpenError{kind, path, message};
        return std::move(result);
    };

    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(OpenError::Kind::Io, tr("%1 is not a file").arg(path));
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(OpenError::Kind::Io, tr("cannot create the folder %1").arg(folder));
        QFile::setPermissions(folder, kOwnerDir);
    }
    if (!info.exists()) {
        // Create it empty and private (0600 from the first moment, whatever the umask) before
        // SQLite writes anything into it. Another program may have created it just now.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile) && !QFileInfo::exists(path))
            return fail(OpenError::Kind::Io, tr("cannot create %1: %2").arg(path, file.errorString()));
        file.close();
    }
    QFile::setPermissions(path, kOwnerFile);

    QString problem;
    if (!looksLikeSqlite(path, &problem)) {
        if (!problem.isEmpty())
            return fail(OpenError::Kind::Io, tr("cannot read %1: %2").arg(path, problem));
        return fail(OpenError::Kind::NotADatabase, tr("%1 is not a LegCare diary (not an SQLite database)").arg(path));
    }

    const QString connection = nextConnectionName();
    std::unique_ptr<DiaryStore> store(new DiaryStore(path, connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open())
            return fail(OpenError::Kind::Io, tr("cannot open %1: %2").arg(path, db.lastError().text()));

        QString error;
        bool ok = false;
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
            const QString text = check.lastError().databaseText();
            if (text.contains(QLatin1String("not a database")))
                return fail(OpenError::Kind::NotADatabase, tr("%1 is not a LegCare diary (%2)").arg(path, text));
            if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
                return fail(OpenError::Kind::Locked, tr("%1 is in use by another program (%2)").arg(path, text));
            // A full disk or a failing device is not a damaged diary (which would be moved aside).
            if (text.contains(QLatin1String("disk I/O error")) || text.contains(QLatin1String("disk is full"))
                || text.contains(QLatin1String("unable to open")))
                return fail(OpenError::Kind::Io, tr("cannot read %1: %2").arg(path, text));
            return fail(OpenError::Kind::Corrupt, tr("%1 is damaged: %2").arg(path, text));
        }
        if (check.value(0).toString() != QLatin1String("ok"))
            return fail(OpenError::Kind::Corrupt, tr("%1 is damaged: %2").arg(path, check.value(0).toString()));
        check.finish();

        // In one statement, so from one snapshot: another program setting up a new diary at this
        // moment could otherwise be seen half done (its tables, but not yet its application id).
        QSqlQuery header(db);
        if (!header.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                        " (SELECT user_version FROM pragma_user_version),"
                                        " (SELECT count(*) FROM sqlite_master)"))
            || !header.next())
            return fail(OpenError::Kind::Corrupt, tr("%1 cannot be read: %2").arg(path, header.lastError().text()));
        const int applicationId = header.value(0).toInt();
        const int version = header.value(1).toInt();
        const int tables = header.value(2).toInt();
        header.finish();
        if ((applicationId != 0 && applicationId != detail::kApplicationId)
            || (applicationId == 0 && tables > 0))
            return fail(OpenError::Kind::NotADatabase, tr("%1 is an SQLite database of another program, not a LegCare diary").arg(path));
        if (version > kSchemaVersion)
            return fail(OpenError::Kind::NewerVersion,
                        tr("%1 was written by a newer version of LegCare (diary format %2; this version reads up to %3)")
                            .arg(path)
                            .arg(version)
                            .arg(kSchemaVersion));

        if (!switchToWal(db, &error)
            || !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &error)
            || !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)
            || !exec(db, QStringLiteral("PRAGMA cache_size = -16000"), &error)) // 16 MiB: bulk imports stay in memory
            return fail(OpenError::Kind::Io, tr("cannot set up %1: %2").arg(path, error));

        if (version < kSchemaVersion) {
            if (version > 0) {
                // A backup with SQLite's own VACUUM INTO, never a copy of a live file.
                const QString backup = QStringLiteral("%1.backup-v%2-%3").arg(path).arg(version).arg(stamp());
                // VACUUM INTO writes its file in place and does not sync it: so into a name that
                // backups() does not list, synced, then renamed; a crash never leaves half a
                // backup for restoreNewestBackup() to pick (tests/robustness).
                const QString partial = createPartialBackup(path, version);
                QSqlQuery vacuum(db);
                if (!exec(vacuum, QStringLiteral("VACUUM INTO ?"), {partial}, &error) || !syncFile(partial, &error)
                    || !renameFile(partial, backup, &error)) {
                    QFile::remove(partial);
                    return fail(OpenError::Kind::MigrationFailed, tr("cannot back up %1 before upgrading it: %2").arg(path, error));
                }
                QFile::setPermissions(backup, kOwnerFile);
                result.backupPath = backup;
            }
            // Another process may have set the file up or upgraded it since its version was read
            // above (two programs starting on a new diary): read it again under the write lock.
            WriteTransaction transaction(db);
            bool upgraded = transaction.begin(&error);
            if (upgraded) {
                const int current = queryInt(db, QStringLiteral("PRAGMA user_version"), &ok);
                upgraded = ok && (current >= kSchemaVersion || detail::migrate(db, current, kSchemaVersion, &error))
                    && transaction.commit(&error);
            }
            if (!upgraded)
                return fail(OpenError::Kind::MigrationFailed,
                            tr("cannot upgrade %1 from diary format %2: %3").arg(path).arg(version).arg(error));
            qCInfo(lcDiary) << "Diary" << path << "set up at version" << kSchemaVersion << "from" << version;
        }
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, kOwnerFile);
    }
    result.store = std::move(store);
    return result;
}

int DiaryStore::schemaVersion() const
{
    bool ok = false;
    return queryInt(database(m_connection), QStringLiteral("PRAGMA user_version"), &ok);
}

std::optional<qint64> DiaryStore::addEpisode(const Episode &episode, QString *error)
{
    if (!checkValid(episode, error))
        return std::nullopt;
    QSqlDatabase db = database(m_connection);
    WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return std::nullopt;
    SummaryChange totals(db);
    totals.added(episode);
    const auto id = EpisodeWriter(db).insert(episode, false, error);
    if (!id || !totals.apply(error) || !transaction.commit(error))
        return std::nullopt;
    return id;
}

bool DiaryStore::restoreEpisode(const Episode &episode, QString *error)
{
    if (!checkValid(episode, error))
        return false;
    QSqlDatabase db = database(m_connection);
    WriteTransaction transaction(db);
    SummaryChange totals(db);
    totals.added(episode);
    return transaction.begin(error) && EpisodeWriter(db).insert(episode, episode.id > 0, error).has_value()
        && totals.apply(error) && transaction.commit(error);
}

bool DiaryStore::updateEpisode(const Episode &episode, QString *error)
{
    if (!checkValid(episode, error))
        return false;
    QSqlDatabase db = database(m_connection);
    WriteTransaction transaction(db);
    SummaryChange totals(db);
    if (!transaction.begin(error) || !totals.removing(episode.id, error))
        return false;
    totals.added(episode);
    QSqlQuery query(db);
    const bool ok = query.prepare(QStringLiteral(
        "UPDATE episodes SET started_at = ?, started_utc = ?, local_date = ?, local_minute = ?, duration_s = ?,"
        " location = ?, side = ?, severity = ?, context = ?, note = ?, triggers = ?, reliefs = ? WHERE id = ?"));
    if (ok) {
        EpisodeWriter::bindEpisode(query, episode, 0);
        query.bindValue(12, episode.id);
    }
    if (!ok || !query.exec()) {
        if (error)
            *error = sqlError(query);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("there is no episode %1").arg(episode.id);
        return false;
    }
    return totals.apply(error) && transaction.commit(error);
}

bool DiaryStore::deleteEpisode(qint64 id, QString *error)
{
    QSqlDatabase db = database(m_connection);
    WriteTransaction transaction(db);
    SummaryChange totals(db);
    if (!transaction.begin(error) || !totals.removing(id, error))
        return false;
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("DELETE FROM episodes WHERE id = ?"), {id}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("there is no episode %1").arg(id);
        return false;
    }
    return totals.apply(error) && transaction.commit(error);
}

std::optional<Episode> DiaryStore::episode(qint64 id) const
{
    QSqlDatabase db = database(m_connection);
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT %1 FROM episodes WHERE id = ?").arg(kEpisodeColumns), {id}, nullptr)
        || !query.next())
        return std::nullopt;
    return episodeFromRow(query);
}

QList<Episode> DiaryStore::episodes(const EpisodeFilter &filter, int limit, int offset) const
{
    QSqlDatabase db = database(m_connection);
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM episodes%2 ORDER BY started_utc DESC, id DESC")
                      .arg(kEpisodeColumns, whereClause(filter, &values));
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<Episode> result;
    if (!query.prepare(sql))
        return result;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(episodeFromRow(query));
    return result;
}

qint64 DiaryStore::episodeCount(const EpisodeFilter &filter) const
{
    QVariantList values;
    QSqlQuery query(database(m_connection));
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM episodes") + whereClause(filter, &values)))
        return 0;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<ImportSummary> DiaryStore::importEpisodes(const QList<Episode> &episodes, QString *error)
{
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        if (!checkValid(episodes[i], error)) {
            if (error)
                *error = tr("episode %1: %2").arg(i + 1).arg(*error);
            return std::nullopt;
        }
    }
    QSqlDatabase db = database(m_connection);
    WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return std::nullopt;

    ImportSummary summary;
    // Seconds at which the diary already has an episode; only those need a closer look for
    // exact duplicates, so importing into a new diary costs no lookups at all.
    QSet<qint64> occupied;
    {
        QSqlQuery seconds(db);
        seconds.setForwardOnly(true);
        if (!seconds.exec(QStringLiteral("SELECT DISTINCT started_utc FROM episodes"))) {
            if (error)
                *error = sqlError(seconds);
            return std::nullopt;
        }
        while (seconds.next())
            occupied.insert(seconds.value(0).toLongLong());
    }
    QSqlQuery candidates(db);
    candidates.setForwardOnly(true);
    candidates.prepare(QStringLiteral("SELECT %1 FROM episodes WHERE started_utc = ?").arg(kEpisodeColumns));
    QList<const Episode *> toAdd; // in the order given, which gives the ids
    toAdd.reserve(episodes.size());
    // To skip duplicates within the import, the episodes added at each start second as a chain
    // of indexes into toAdd (rather than a QMultiHash, which allocates for every line).
    QHash<qint64, qsizetype> lastAddedAt; // second -> the last one added at it
    QList<qsizetype> addedBefore;         // index -> the one before it at that second, or -1
    lastAddedAt.reserve(episodes.size());
    addedBefore.reserve(episodes.size());
    for (const Episode &episode : episodes) {
        const qint64 second = episode.startedAt.toSecsSinceEpoch();
        const auto sameAs = [&episode](const Episode &other) { return other.sameContent(episode); };
        bool duplicate = false;
        for (qsizetype i = lastAddedAt.value(second, -1); i >= 0 && !duplicate; i = addedBefore[i])
            duplicate = sameAs(*toAdd[i]);
        if (!duplicate && occupied.contains(second)) {
            candidates.bindValue(0, second);
            if (!candidates.exec()) {
                if (error)
                    *error = sqlError(candidates);
                return std::nullopt;
            }
            QList<Episode> stored;
            while (candidates.next())
                stored.append(episodeFromRow(candidates));
            duplicate = std::any_of(stored.cbegin(), stored.cend(), sameAs);
        }
        if (duplicate) {
            ++summary.skippedDuplicates;
            continue;
        }
        addedBefore.append(lastAddedAt.value(second, -1));
        lastAddedAt.insert(second, toAdd.size());
        toAdd.append(&episode);
    }
    SummaryChange totals(db);
    for (const Episode *episode : std::as_const(toAdd))
        totals.added(*episode);
    if (!detail::insertEpisodes(db, toAdd, error) || !totals.apply(error) || !transaction.commit(error))
        return std::nullopt;
    summary.added = static_cast<int>(toAdd.size());
    return summary;
}

bool DiaryStore::setDay(const Day &day, QString *error)
{
    QSqlDatabase db = database(m_connection);
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    return transaction.begin(error)
        && exec(query,
                QStringLiteral("INSERT INTO days (date, water_ml, routine_done) VALUES (?, ?, ?)"
                               " ON CONFLICT (date) DO UPDATE SET water_ml = excluded.water_ml,"
                               " routine_done = excluded.routine_done"),
                {day.date.toString(Qt::ISODate), day.waterMl ? QVariant(*day.waterMl) : QVariant(),
                 day.routineDone ? 1 : 0},
                error)
        && transaction.commit(error);
}

std::optional<DiaryStore::Day> DiaryStore::day(const QDate &date) const
{
    QSqlQuery query(database(m_connection));
    if (!exec(query, QStringLiteral("SELECT water_ml, routine_done FROM days WHERE date = ?"),
              {date.toString(Qt::ISODate)}, nullptr)
        || !query.next())
        return std::nullopt;
    Day result;
    result.date = date;
    if (!query.value(0).isNull())
        result.waterMl = query.value(0).toInt();
    result.routineDone = query.value(1).toInt() != 0;
    return result;
}

std::optional<qint64> DiaryStore::saveAssessment(const SavedAssessment &assessment, QString *error)
{
    static const QStringList levels = {QStringLiteral("self_care"), QStringLiteral("doctor"),
                                       QStringLiteral("urgent"), QStringLiteral("emergency")};
    if (!assessment.takenAt.isValid() || !levels.contains(assessment.level)) {
        if (error)
            *error = tr("the symptom check has no valid time or level");
        return std::nullopt;
    }
    QSqlDatabase db = database(m_connection);
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    const QDateTime local = assessment.takenAt.toOffsetFromUtc(assessment.takenAt.offsetFromUtc());
    if (!transaction.begin(error)
        || !exec(query,
                 QStringLiteral("INSERT INTO assessments (taken_at, taken_utc, level, profile, conditions)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {isoDateTime(local), local.toSecsSinceEpoch(), assessment.level,
                  textValue(QString::fromUtf8(assessment.profileJson)),
                  textValue(assessment.conditionIds.join(QLatin1Char(';')))},
                 error))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit(error))
        return std::nullopt;
    return id;
}

std::optional<DiaryStore::SavedAssessment> DiaryStore::latestAssessment() const
{
    QSqlQuery query(database(m_connection));
    if (!query.exec(QStringLiteral("SELECT id, taken_at, level, profile, conditions FROM assessments"
                                   " ORDER BY taken_utc DESC, id DESC LIMIT 1"))
        || !query.next())
        return std::nullopt;
    SavedAssessment result;
    result.id = query.value(0).toLongLong();
    result.takenAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    result.level = query.value(2).toString();
    result.profileJson = query.value(3).toString().toUtf8();
    result.conditionIds = query.value(4).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return result;
}

bool DiaryStore::integrityOk() const
{
    QSqlQuery query(database(m_connection));
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
        && query.value(0).toString() == QLatin1String("ok");
}

QStringList DiaryStore::backups(const QString &path)
{
    const QFileInfo info(path);
    QStringList result;
    const QFileInfoList files = info.dir().entryInfoList({info.fileName() + QStringLiteral(".backup-*")},
                                                         QDir::Files, QDir::Time);
    for (const QFileInfo &file : files)
        result.append(file.absoluteFilePath());
    return result;
}

bool DiaryStore::startAfresh(const QString &path, QString *movedTo, QString *error)
{
    const QString aside = QStringLiteral("%1.damaged-%2").arg(path, stamp());
    if (QFileInfo::exists(path) && !QFile::rename(path, aside)) {
        if (error)
            *error = tr("cannot move %1 aside").arg(path);
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    }
    if (movedTo)
        *movedTo = aside;
    return true;
}

bool DiaryStore::restoreNewestBackup(const QString &path, QString *error)
{
    const QStringList available = backups(path);
    if (available.isEmpty()) {
        if (error)
            *error = tr("there is no backup of %1").arg(path);
        return false;
    }
    if (!startAfresh(path, nullptr, error))
        return false;
    if (!QFile::copy(available.constFirst(), path)) {
        if (error)
            *error = tr("cannot copy the backup %1 to %2").arg(available.constFirst(), path);
        return false;
    }
    QFile::setPermissions(path, kOwnerFile);
    return true;
}

} // namespace legcare::diary
