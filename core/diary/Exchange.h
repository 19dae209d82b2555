#pragma once

#include "diary/DiaryStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

// Import and export of diary episodes: CSV in the format of the CLI contract (RFC 4180 quoting;
// header started_at,duration_s,location,side,severity,context,triggers,reliefs,note) and JSON
// ({"schema": 1, "episodes": [...]}). Parsing is strict: the first bad line or field stops it
// with a message naming the line (CSV, 1-based, counting the header) or the index (JSON) and the
// field. Exports are written atomically (QSaveFile) and read back to exactly the same episodes.
namespace legcare::diary::exchange {

class Exchange
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

// Limits that keep memory bounded on hostile files.
inline constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
inline constexpr int kMaxFieldChars = 65536;

std::optional<QList<Episode>> parseCsv(QIODevice &device, QString *error);
std::optional<QList<Episode>> parseJson(const QByteArray &data, QString *error);
QByteArray toCsv(const QList<Episode> &episodes);
QByteArray toJson(const QList<Episode> &episodes);
// One episode as an object of the JSON format (without its id).
QJsonObject episodeJson(const Episode &episode);

// Reads a file (by extension: .json is JSON, anything else CSV) and imports it all-or-nothing.
// On failure *error names the file and the place; the diary is left as it was.
std::optional<ImportSummary> importFile(DiaryStore &store, const QString &path, QString *error);

enum class Format { Csv, Json };
// Writes every episode (oldest first) atomically; the old file stays whole if anything fails.
bool exportFile(const DiaryStore &store, const QString &path, Format format, QString *error);

} // namespace legcare::diary::exchange
