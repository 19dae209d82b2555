#pragma once

#include "Command.h"
#include "kb/KnowledgeBase.h"
#include "routines/RoutineCatalog.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::routines {
class RoutineStore;
}

namespace legcare::cli {

// What the routine subcommands share: the routines they can see (the knowledge base's, and the
// person's own when their diary exists) and how a routine is named and counted.
class RoutineCommon final
{
    Q_DECLARE_TR_FUNCTIONS(RoutineCommon)

public:
    // Loads the bundled knowledge base and opens the diary of --db / LEGCARE_DB / the default
    // path, but only if that file exists: listing routines never creates a diary. On failure
    // prints the reason (naming the file) and returns null.
    static std::unique_ptr<RoutineCommon> open(CommandContext &context);
    ~RoutineCommon();

    const kb::KnowledgeBase &knowledgeBase() const { return m_kb; }
    QList<routines::Routine> all() const { return m_catalog.all(); }
    std::optional<routines::Routine> find(const QString &id) const { return m_catalog.find(id); }
    // For an id that find() does not know: names it and says where the ids are listed (the
    // command exits with kExitUsage, as for other unknown ids).
    static QString unknownRoutine(const QString &id);

    // Exercises of the routine that the knowledge base holds (the others are left out
    // everywhere, as when the routine is played).
    int exerciseCount(const routines::Routine &routine) const;
    int totalSeconds(const routines::Routine &routine) const;
    // {id, name, custom, exercises, total_seconds}.
    QJsonObject summaryJson(const routines::Routine &routine, i18n::Language language) const;

private:
    RoutineCommon(kb::KnowledgeBase knowledgeBase, std::unique_ptr<diary::DiaryStore> diary);

    kb::KnowledgeBase m_kb;
    std::unique_ptr<diary::DiaryStore> m_diary;
    std::unique_ptr<routines::RoutineStore> m_store; // null without a diary
    routines::RoutineCatalog m_catalog;
};

} // namespace legcare::cli
