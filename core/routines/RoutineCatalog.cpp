#include "routines/RoutineCatalog.h"

#include "kb/KnowledgeBase.h"
#include "routines/RoutineStore.h"

namespace legcare::routines {

RoutineCatalog::RoutineCatalog(const kb::KnowledgeBase &kb, const RoutineStore *store)
    : m_kb(kb)
    , m_store(store)
{
}

QList<Routine> RoutineCatalog::all() const
{
    QList<Routine> result;
    for (const kb::Routine &routine : m_kb.routines())
        result.append(fromKnowledgeBase(routine));
    if (m_store)
        result.append(m_store->customRoutines());
    return result;
}

std::optional<Routine> RoutineCatalog::find(const QString &id) const
{
    if (const kb::Routine *routine = m_kb.routine(id))
        return fromKnowledgeBase(*routine);
    if (const std::optional<qint64> customId = parseCustomKey(id); customId && m_store)
        return m_store->customRoutine(*customId);
    return std::nullopt;
}

} // namespace legcare::routines
