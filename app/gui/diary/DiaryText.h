#pragma once

#include "diary/Episode.h"

#include <QCoreApplication>
#include <QString>

namespace legcare::gui::diarytext {

// How the diary's values read on screen, shared by the table, the dialog and the statistics.
class Strings
{
    Q_DECLARE_TR_FUNCTIONS(DiaryText)
};

QString when(const QDateTime &startedAt); // locale short date and time
QString duration(std::optional<int> seconds); // "1 min 30 s", "—" when not known
QString where(kb::Location location, diary::Side side); // "Calf, left"
QString triggers(const QList<diary::Trigger> &triggers);
QString reliefs(const QList<diary::Relief> &reliefs);

} // namespace legcare::gui::diarytext
