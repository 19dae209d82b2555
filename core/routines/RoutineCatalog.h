#pragma once

#include "routines/Routine.h"

#include <QList>
#include <QString>

#include <optional>

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::routines {

class RoutineStore;

// Every routine the person can choose: the knowledge base's built-in routines (in its order),
// then their own (by name). Reads the store afresh on every call, so it is never stale.
class RoutineCatalog final
{
public:
    // store may be null (no diary open): then only the built-in routines.
    RoutineCatalog(const kb::KnowledgeBase &kb, const RoutineStore *store);

    QList<Routine> all() const;
    std::optional<Routine> find(const QString &id) const;

private:
    const kb::KnowledgeBase &m_kb;
    const RoutineStore *m_store;
};

} // namespace legcare::routines
