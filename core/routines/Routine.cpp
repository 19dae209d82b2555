#include "routines/Routine.h"

namespace legcare::routines {

namespace {
const QString kCustomPrefix = QStringLiteral("custom-");
}

QString customKey(qint64 customId)
{
    return kCustomPrefix + QString::number(customId);
}

std::optional<qint64> parseCustomKey(const QString &id)
{
    if (!id.startsWith(kCustomPrefix))
        return std::nullopt;
    bool ok = false;
    const qint64 value = id.mid(kCustomPrefix.size()).toLongLong(&ok);
    if (!ok || value <= 0 || customKey(value) != id)
        return std::nullopt;
    return value;
}

Routine fromKnowledgeBase(const kb::Routine &routine)
{
    Routine result;
    result.id = routine.id;
    result.name = routine.name;
    result.purpose = routine.purpose;
    result.when = routine.when;
    result.items = routine.items;
    return result;
}

Routine customRoutine(qint64 customId, const QString &name, const QList<kb::RoutineItem> &items)
{
    Routine result;
    result.id = customKey(customId);
    result.customId = customId;
    result.name = kb::LocalizedText{name, name};
    result.items = items;
    return result;
}

} // namespace legcare::routines
