#include "triage/Level.h"

namespace legcare::triage {

QString levelId(Level level)
{
    switch (level) {
    case Level::SelfCare:
        return QStringLiteral("self_care");
    case Level::Doctor:
        return QStringLiteral("doctor");
    case Level::Urgent:
        return QStringLiteral("urgent");
    case Level::Emergency:
        return QStringLiteral("emergency");
    }
    return {};
}

std::optional<Level> parseLevel(const QString &id)
{
    for (const Level level : { Level::SelfCare, Level::Doctor, Level::Urgent, Level::Emergency }) {
        if (levelId(level) == id)
            return level;
    }
    return std::nullopt;
}

} // namespace legcare::triage
