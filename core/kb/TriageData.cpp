#include "kb/TriageData.h"

#include <algorithm>

namespace legcare::kb {

bool Expression::evaluate(const QJsonObject &profile) const
{
    switch (kind) {
    case Kind::All:
        return std::all_of(children.cbegin(), children.cend(),
                           [&](const Expression &child) { return child.evaluate(profile); });
    case Kind::Any:
        return std::any_of(children.cbegin(), children.cend(),
                           [&](const Expression &child) { return child.evaluate(profile); });
    case Kind::Not:
        return !children.constFirst().evaluate(profile);
    case Kind::Is:
    case Kind::In:
    case Kind::Gte:
    case Kind::Gt:
    case Kind::Lte:
    case Kind::Lt:
        break;
    }
    const auto it = profile.constFind(field);
    if (it == profile.constEnd())
        return ifUnknown;
    const QJsonValue actual = *it;
    switch (kind) {
    case Kind::Is:
        return actual == value;
    case Kind::In:
        return actual.isString() && values.contains(actual.toString());
    case Kind::Gte:
        return actual.isDouble() && actual.toDouble() >= number;
    case Kind::Gt:
        return actual.isDouble() && actual.toDouble() > number;
    case Kind::Lte:
        return actual.isDouble() && actual.toDouble() <= number;
    case Kind::Lt:
        return actual.isDouble() && actual.toDouble() < number;
    default:
        return false;
    }
}

bool Expression::hasNegation() const
{
    if (kind == Kind::Not || kind == Kind::Lte || kind == Kind::Lt
        || (kind == Kind::Is && value == QJsonValue(false)))
        return true;
    return std::any_of(children.cbegin(), children.cend(),
                       [](const Expression &child) { return child.hasNegation(); });
}

const TriageLevelText *TriageData::levelText(triage::Level level) const
{
    for (const TriageLevelText &text : levels) {
        if (text.level == level)
            return &text;
    }
    return nullptr;
}

} // namespace legcare::kb
