#include "diary/Episode.h"

#include <array>

namespace legcare::diary {

namespace {

template<typename Enum>
struct Entry {
    Enum value;
    const char *id;
};

constexpr std::array kSides = {
    Entry<Side>{Side::Left, "left"}, Entry<Side>{Side::Right, "right"}, Entry<Side>{Side::Both, "both"}};

constexpr std::array kContexts = {
    Entry<Context>{Context::Sleep, "sleep"}, Entry<Context>{Context::Exercise, "exercise"},
    Entry<Context>{Context::Rest, "rest"}, Entry<Context>{Context::Other, "other"}};

constexpr std::array kTriggers = {
    Entry<Trigger>{Trigger::LongSitting, "long_sitting"},
    Entry<Trigger>{Trigger::LongStanding, "long_standing"},
    Entry<Trigger>{Trigger::HardExercise, "hard_exercise"},
    Entry<Trigger>{Trigger::HeavySweating, "heavy_sweating"},
    Entry<Trigger>{Trigger::LittleWater, "little_water"},
    Entry<Trigger>{Trigger::Cold, "cold"},
    Entry<Trigger>{Trigger::CaffeineLate, "caffeine_late"},
    Entry<Trigger>{Trigger::ShortSleep, "short_sleep"},
    Entry<Trigger>{Trigger::Pregnancy, "pregnancy"},
    Entry<Trigger>{Trigger::NewMedicine, "new_medicine"},
    Entry<Trigger>{Trigger::Other, "other"},
};

constexpr std::array kReliefs = {
    Entry<Relief>{Relief::Stretching, "stretching"}, Entry<Relief>{Relief::Massage, "massage"},
    Entry<Relief>{Relief::Heat, "heat"},             Entry<Relief>{Relief::Cold, "cold"},
    Entry<Relief>{Relief::Walking, "walking"},       Entry<Relief>{Relief::Electrolytes, "electrolytes"},
    Entry<Relief>{Relief::Nothing, "nothing"},
};

template<typename Enum, std::size_t N>
QString idOf(const std::array<Entry<Enum>, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.id);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<Entry<Enum>, N> &table, const QString &id)
{
    for (const auto &entry : table) {
        if (id == QLatin1String(entry.id))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QList<Enum> all(const std::array<Entry<Enum>, N> &table)
{
    QList<Enum> result;
    for (const auto &entry : table)
        result.append(entry.value);
    return result;
}

template<typename T>
QList<T> sorted(QList<T> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

bool Episode::sameContent(const Episode &other) const
{
    return startedAt == other.startedAt && durationSeconds == other.durationSeconds
        && location == other.location && side == other.side && severity == other.severity
        && context == other.context && sorted(triggers) == sorted(other.triggers)
        && sorted(reliefs) == sorted(other.reliefs) && note == other.note;
}

QString sideId(Side side) { return idOf(kSides, side); }
std::optional<Side> parseSide(const QString &id) { return parse(kSides, id); }
QString contextId(Context context) { return idOf(kContexts, context); }
std::optional<Context> parseContext(const QString &id) { return parse(kContexts, id); }
QString triggerId(Trigger trigger) { return idOf(kTriggers, trigger); }
std::optional<Trigger> parseTrigger(const QString &id) { return parse(kTriggers, id); }
QString reliefId(Relief relief) { return idOf(kReliefs, relief); }
std::optional<Relief> parseRelief(const QString &id) { return parse(kReliefs, id); }
QList<Trigger> allTriggers() { return all(kTriggers); }
QList<Relief> allReliefs() { return all(kReliefs); }
QList<Context> allContexts() { return all(kContexts); }

QString sideName(Side side)
{
    switch (side) {
    case Side::Left:
        return QCoreApplication::translate("Diary", "Left");
    case Side::Right:
        return QCoreApplication::translate("Diary", "Right");
    case Side::Both:
        break;
    }
    return QCoreApplication::translate("Diary", "Both");
}

QString contextName(Context context)
{
    switch (context) {
    case Context::Sleep:
        return QCoreApplication::translate("Diary", "Asleep");
    case Context::Exercise:
        return QCoreApplication::translate("Diary", "Exercising");
    case Context::Rest:
        return QCoreApplication::translate("Diary", "Resting");
    case Context::Other:
        break;
    }
    return QCoreApplication::translate("Diary", "Other");
}

QString triggerName(Trigger trigger)
{
    switch (trigger) {
    case Trigger::LongSitting:
        return QCoreApplication::translate("Diary", "Long sitting");
    case Trigger::LongStanding:
        return QCoreApplication::translate("Diary", "Long standing");
    case Trigger::HardExercise:
        return QCoreApplication::translate("Diary", "Hard exercise");
    case Trigger::HeavySweating:
        return QCoreApplication::translate("Diary", "Heavy sweating");
    case Trigger::LittleWater:
        return QCoreApplication::translate("Diary", "Little water");
    case Trigger::Cold:
        return QCoreApplication::translate("Diary", "Cold");
    case Trigger::CaffeineLate:
        return QCoreApplication::translate("Diary", "Coffee or tea late");
    case Trigger::ShortSleep:
        return QCoreApplication::translate("Diary", "Short sleep");
    case Trigger::Pregnancy:
        return QCoreApplication::translate("Diary", "Pregnancy");
    case Trigger::NewMedicine:
        return QCoreApplication::translate("Diary", "New medicine");
    case Trigger::Other:
        break;
    }
    return QCoreApplication::translate("Diary", "Other");
}

QString reliefName(Relief relief)
{
    switch (relief) {
    case Relief::Stretching:
        return QCoreApplication::translate("Diary", "Stretching");
    case Relief::Massage:
        return QCoreApplication::translate("Diary", "Massage");
    case Relief::Heat:
        return QCoreApplication::translate("Diary", "Heat");
    case Relief::Cold:
        return QCoreApplication::translate("Diary", "Cold pack");
    case Relief::Walking:
        return QCoreApplication::translate("Diary", "Walking");
    case Relief::Electrolytes:
        return QCoreApplication::translate("Diary", "Electrolytes");
    case Relief::Nothing:
        break;
    }
    return QCoreApplication::translate("Diary", "Nothing helped");
}

QString validate(const Episode &episode)
{
    if (!episode.startedAt.isValid())
        return QCoreApplication::translate("Diary", "started_at: not a valid date and time");
    if (episode.severity < 0 || episode.severity > kMaxSeverity)
        return QCoreApplication::translate("Diary", "severity: must be 0 to 10, not %1").arg(episode.severity);
    if (episode.durationSeconds && (*episode.durationSeconds < 0 || *episode.durationSeconds > kMaxDurationSeconds))
        return QCoreApplication::translate("Diary", "duration_s: must be 0 to %1 seconds, not %2")
            .arg(kMaxDurationSeconds)
            .arg(*episode.durationSeconds);
    if (episode.note.size() > kMaxNoteLength)
        return QCoreApplication::translate("Diary", "note: longer than %1 characters").arg(kMaxNoteLength);
    // A lone UTF-16 surrogate (JSON can write one as "\ud800") is no character: neither a CSV
    // export nor the database could keep it, so the episode would not read back the same.
    if (!episode.note.isValidUtf16())
        return QCoreApplication::translate("Diary", "note: contains an invalid character (a lone UTF-16 surrogate)");
    return {};
}

} // namespace legcare::diary
