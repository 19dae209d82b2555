#pragma once

#include "reminders/ReminderSchedule.h"

#include <QByteArray>
#include <QString>

class QSettings;

namespace legcare {

// Typed access to the user's preferences. The QSettings store is injected (tests pass one
// backed by a temporary file), never reached through a global.
class Settings final
{
public:
    explicit Settings(QSettings &store);
    Q_DISABLE_COPY_MOVE(Settings)

    // "system" (follow the locale), "en" or "zh_CN".
    QString languagePreference() const;
    void setLanguagePreference(const QString &preference);

    // The version of the safety notice the user last acknowledged; 0 when never.
    int acknowledgedSafetyNotice() const;
    void setAcknowledgedSafetyNotice(int version);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Index of the area shown last (Symptom check, Stretching, Diary, Library).
    int lastArea() const;
    void setLastArea(int area);

    // QSplitter::saveState() of the Library's and the Stretching area's splitters.
    QByteArray librarySplitterState() const;
    void setLibrarySplitterState(const QByteArray &state);
    QByteArray stretchingSplitterState() const;
    void setStretchingSplitterState(const QByteArray &state);

    // Daily reminders (group "reminders/"): on or off and the time of day of each, and the day
    // whose reminder was shown last, so that a restart the same evening does not repeat it.
    reminders::ReminderConfig reminderConfig(reminders::Reminder reminder) const;
    void setReminderConfig(reminders::Reminder reminder, const reminders::ReminderConfig &config);
    QDate reminderLastShown(reminders::Reminder reminder) const;
    void setReminderLastShown(reminders::Reminder reminder, QDate day);

    void sync();

private:
    QSettings &m_store;
};

// Bump when the wording of the first-run safety notice changes materially, so that every
// user sees the new one once.
inline constexpr int kSafetyNoticeVersion = 1;

} // namespace legcare
