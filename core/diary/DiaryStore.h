#pragma once

#include "diary/Episode.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace legcare::diary {

// Why a diary could not be opened. None of these ever overwrites the file.
struct OpenError {
    enum class Kind {
        NotADatabase,  // the file is not an SQLite database (or not LegCare's)
        Corrupt,       // an SQLite database that fails its integrity check
        NewerVersion,  // written by a newer LegCare; this one cannot read it safely
        Locked,        // another program holds it and did not let go in time
        Io,            // cannot create, read or write the file or its folder
        MigrationFailed,
    };
    Kind kind = Kind::Io;
    QString path;
    QString message; // translated, names the file and the problem
};

// Selects episodes: all by default. Dates are local calendar days, both ends included.
struct EpisodeFilter {
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<kb::Location> location;
};

struct ImportSummary {
    int added = 0;
    int skippedDuplicates = 0;
};

// The cramp diary: an SQLite database (QtSql, QSQLITE) with a schema version and ordered
// migrations, WAL journal, synchronous=FULL, foreign keys on. Every write is one BEGIN
// IMMEDIATE transaction whose every step is checked; values are always bound. The file is
// readable by its owner only (0600, folder 0700). A file that is not a LegCare diary, is
// corrupt or comes from a newer version is never overwritten: open() says what is wrong, and
// restoreNewestBackup() / startAfresh() offer the ways out.
//
// Not thread-safe; use one store per thread. Several processes may share a file: a writer
// waits up to busyTimeoutMs for another's lock, then fails with a message.
class DiaryStore final
{
    Q_DECLARE_TR_FUNCTIONS(DiaryStore)

public:
    static constexpr int kSchemaVersion = 5;
    static constexpr int kBusyTimeoutMs = 5000;

    struct OpenResult {
        std::unique_ptr<DiaryStore> store; // null on failure
        std::optional<OpenError> error;
        QString backupPath; // the backup taken before a migration, if one ran
    };

    // Opens (creating if missing, migrating if older) the diary at path.
    static OpenResult open(const QString &path);
    // The default location: QStandardPaths::AppDataLocation/diary.sqlite, unless LEGCARE_DB is set.
    static QString defaultPath();

    ~DiaryStore();
    Q_DISABLE_COPY_MOVE(DiaryStore)

    QString path() const { return m_path; }
    int schemaVersion() const;

    // Adds an episode; returns its id. On failure returns nullopt and sets *error.
    std::optional<qint64> addEpisode(const Episode &episode, QString *error);
    // Replaces the stored episode with episode.id; false (and *error) if there is none.
    bool updateEpisode(const Episode &episode, QString *error);
    bool deleteEpisode(qint64 id, QString *error);
    // Restores a deleted episode with its old id (undo of a delete).
    bool restoreEpisode(const Episode &episode, QString *error);

    std::optional<Episode> episode(qint64 id) const;
    // Newest first.
    QList<Episode> episodes(const EpisodeFilter &filter = {}, int limit = -1, int offset = 0) const;
    qint64 episodeCount(const EpisodeFilter &filter = {}) const;

    // Adds every episode or none (one transaction); exact duplicates of stored episodes, or of
    // earlier ones in the same list, are skipped and counted.
    std::optional<ImportSummary> importEpisodes(const QList<Episode> &episodes, QString *error);

    // Daily items: water drunk and whether a routine was done.
    struct Day {
        QDate date;
        std::optional<int> waterMl;
        bool routineDone = false;
    };
    bool setDay(const Day &day, QString *error);
    std::optional<Day> day(const QDate &date) const;

    // A symptom check the person saved: when, the level given ("self_care" … "emergency"), the
    // answers as the contract's profile JSON, and the condition ids ranked first.
    struct SavedAssessment {
        qint64 id = 0;
        QDateTime takenAt;
        QString level;
        QByteArray profileJson;
        QStringList conditionIds;
    };
    std::optional<qint64> saveAssessment(const SavedAssessment &assessment, QString *error);
    // The most recent saved symptom check, if any.
    std::optional<SavedAssessment> latestAssessment() const;

    // PRAGMA integrity_check == "ok".
    bool integrityOk() const;

    // Backups taken before migrations, newest first.
    static QStringList backups(const QString &path);
    // Moves a damaged file aside (never deletes it) and puts the newest backup in its place.
    static bool restoreNewestBackup(const QString &path, QString *error);
    // Moves a damaged file aside so that the next open() starts a new diary.
    static bool startAfresh(const QString &path, QString *movedTo, QString *error);

    // For tests and tools: the connection name of this store's QSqlDatabase.
    QString connectionName() const { return m_connection; }

private:
    DiaryStore(QString path, QString connection);

    QString m_path;
    QString m_connection;
};

} // namespace legcare::diary
