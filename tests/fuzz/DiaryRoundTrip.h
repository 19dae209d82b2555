#pragma once

#include "FuzzSupport.h"

#include "diary/Exchange.h"

#include <QBuffer>

// What every successfully parsed diary file must satisfy: its episodes are valid, and exporting
// them as CSV and as JSON reads back to exactly the same episodes (same content, same offsets).
namespace legcare::fuzz {

inline QString describe(const diary::Episode &episode)
{
    return QString::fromUtf8(diary::exchange::toJson({episode}));
}

inline void requireSame(const QList<diary::Episode> &expected, const std::optional<QList<diary::Episode>> &actual,
                        const char *what, const QString &error)
{
    require(actual.has_value(), what, QStringLiteral("re-import failed: %1").arg(error));
    require(actual->size() == expected.size(), what, QStringLiteral("episode count differs"));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const diary::Episode &a = expected[i];
        const diary::Episode &b = actual->at(i);
        require(a.sameContent(b) && a.startedAt.offsetFromUtc() == b.startedAt.offsetFromUtc(), what,
                describe(a) + QStringLiteral(" became ") + describe(b));
    }
}

inline void checkParsedEpisodes(const QList<diary::Episode> &episodes)
{
    for (const diary::Episode &episode : episodes)
        require(diary::validate(episode).isEmpty(), "a parsed episode is valid", diary::validate(episode));

    QString error;
    QByteArray csv = diary::exchange::toCsv(episodes);
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    requireSame(episodes, diary::exchange::parseCsv(buffer, &error), "CSV export reads back the same", error);

    requireSame(episodes, diary::exchange::parseJson(diary::exchange::toJson(episodes), &error),
                "JSON export reads back the same", error);
}

} // namespace legcare::fuzz
