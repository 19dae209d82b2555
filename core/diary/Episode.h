#pragma once

#include "kb/Location.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace legcare::diary {

enum class Side { Left, Right, Both };
enum class Context { Sleep, Exercise, Rest, Other };

// What may have set a cramp off. Ids are those of the CSV format and the CLI.
enum class Trigger {
    LongSitting,
    LongStanding,
    HardExercise,
    HeavySweating,
    LittleWater,
    Cold,
    CaffeineLate,
    ShortSleep,
    Pregnancy,
    NewMedicine,
    Other,
};

// What helped ("nothing" when nothing did).
enum class Relief { Stretching, Massage, Heat, Cold, Walking, Electrolytes, Nothing };

// One cramp episode of the diary.
struct Episode {
    qint64 id = 0;                        // 0 until stored
    QDateTime startedAt;                  // with the offset it was logged in
    std::optional<int> durationSeconds;   // absent: not known
    kb::Location location = kb::Location::Calf;
    Side side = Side::Left;
    int severity = 0;                     // 0–10
    std::optional<Context> context;
    QList<Trigger> triggers;              // in enum order, no repeats
    QList<Relief> reliefs;                // in enum order, no repeats
    QString note;

    // Same content (the id and the order of triggers and reliefs aside): an exact duplicate,
    // which an import skips.
    bool sameContent(const Episode &other) const;
};

// Limits that every way in (GUI, CLI, CSV, JSON) enforces the same way.
inline constexpr int kMaxSeverity = 10;
inline constexpr int kMaxDurationSeconds = 24 * 60 * 60;
inline constexpr int kMaxNoteLength = 65536; // characters; any text, NUL included, round-trips

// Ids used in CSV, JSON and on the command line; parse* return nullopt for an unknown id.
QString sideId(Side side);
std::optional<Side> parseSide(const QString &id);
QString contextId(Context context);
std::optional<Context> parseContext(const QString &id);
QString triggerId(Trigger trigger);
std::optional<Trigger> parseTrigger(const QString &id);
QString reliefId(Relief relief);
std::optional<Relief> parseRelief(const QString &id);
QList<Trigger> allTriggers();
QList<Relief> allReliefs();
QList<Context> allContexts();

// Names for people, translated with tr().
QString sideName(Side side);
QString contextName(Context context);
QString triggerName(Trigger trigger);
QString reliefName(Relief relief);

// Checks an episode's values against the limits; returns an empty string when valid, otherwise
// a translated message naming the field ("severity: must be 0 to 10").
QString validate(const Episode &episode);

} // namespace legcare::diary
