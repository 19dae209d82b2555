#pragma once

#include <QDate>
#include <QSet>

namespace legcare::diary {

class DiaryStore;

// The days in [from, to] on which a stretching routine was done: ticked as done in the day's
// line of the diary, or played in the Stretching area with at least one exercise done to the end
// (a session stopped before that does not count). The one definition behind "weeks with a
// routine" in the statistics and "routine adherence" in the doctor's report.
QSet<QDate> routineDays(const DiaryStore &store, const QDate &from, const QDate &to);

} // namespace legcare::diary
