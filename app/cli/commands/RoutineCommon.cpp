#include "commands/RoutineCommon.h"

#include "commands/KbFormat.h"
#include "diary/DiaryStore.h"
#include "routines/RoutineStore.h"
#include "routines/Timing.h"

#include <QFileInfo>
#include <QTextStream>

namespace legcare::cli {

RoutineCommon::RoutineCommon(kb::KnowledgeBase knowledgeBase,
                             std::unique_ptr<diary::DiaryStore> diary)
    : m_kb(std::move(knowledgeBase))
    , m_diary(std::move(diary))
    , m_store(m_diary ? std::make_unique<routines::RoutineStore>(*m_diary) : nullptr)
    , m_catalog(m_kb, m_store.get())
{
}

RoutineCommon::~RoutineCommon() = default;

std::unique_ptr<RoutineCommon> RoutineCommon::open(CommandContext &context)
{
    std::optional<kb::KnowledgeBase> knowledgeBase = loadBundledKnowledgeBase(context);
    if (!knowledgeBase)
        return nullptr;
    const QString path
        = context.databasePath.isEmpty() ? diary::DiaryStore::defaultPath() : context.databasePath;
    std::unique_ptr<diary::DiaryStore> diary;
    if (QFileInfo::exists(path)) {
        auto result = diary::DiaryStore::open(path);
        if (!result.store) {
            context.err << QStringLiteral("legcare-cli: ") << result.error->message << Qt::endl;
            return nullptr;
        }
        diary = std::move(result.store);
    }
    return std::unique_ptr<RoutineCommon>(
        new RoutineCommon(std::move(*knowledgeBase), std::move(diary)));
}

QString RoutineCommon::unknownRoutine(const QString &id)
{
    return tr("unknown routine '%1' ('routine list' shows the ids)").arg(id);
}

int RoutineCommon::exerciseCount(const routines::Routine &routine) const
{
    int count = 0;
    for (const kb::RoutineItem &item : routine.items)
        count += m_kb.exercise(item.exerciseId) ? 1 : 0;
    return count;
}

int RoutineCommon::totalSeconds(const routines::Routine &routine) const
{
    return routines::totalSeconds(routine, m_kb);
}

QJsonObject RoutineCommon::summaryJson(const routines::Routine &routine,
                                       i18n::Language language) const
{
    return { { QStringLiteral("id"), routine.id },
             { QStringLiteral("name"), routine.name.text(language) },
             { QStringLiteral("custom"), routine.isCustom() },
             { QStringLiteral("exercises"), exerciseCount(routine) },
             { QStringLiteral("total_seconds"), totalSeconds(routine) } };
}

} // namespace legcare::cli
