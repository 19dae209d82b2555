#include "settings/Settings.h"

#include "i18n/Language.h"

#include <QSettings>

namespace legcare {

namespace {
const QString kLanguageKey = QStringLiteral("preferences/language");
const QString kSafetyKey = QStringLiteral("safety/acknowledgedNotice");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLastAreaKey = QStringLiteral("window/lastArea");
const QString kLibrarySplitterKey = QStringLiteral("window/librarySplitter");
const QString kStretchingSplitterKey = QStringLiteral("window/stretchingSplitter");

// "reminders/bedtimeRoutineEnabled", "reminders/bedtimeRoutineTime" ("21:30"),
// "reminders/bedtimeRoutineLastShown" ("2024-05-01"); the same with "diaryCheck".
QString reminderKey(reminders::Reminder reminder, const char *field)
{
    const char *stem = reminder == reminders::Reminder::BedtimeRoutine ? "bedtimeRoutine" : "diaryCheck";
    return QStringLiteral("reminders/%1%2").arg(QLatin1String(stem), QLatin1String(field));
}
const QString kReminderTimeFormat = QStringLiteral("HH:mm");
} // namespace

Settings::Settings(QSettings &store)
    : m_store(store)
{
}

QString Settings::languagePreference() const
{
    const QString value = m_store.value(kLanguageKey, QString::fromLatin1(i18n::kSystemLanguage)).toString();
    if (const auto language = i18n::parseLanguageCode(value))
        return i18n::languageCode(*language);
    return QString::fromLatin1(i18n::kSystemLanguage);
}

void Settings::setLanguagePreference(const QString &preference)
{
    m_store.setValue(kLanguageKey, preference);
}

int Settings::acknowledgedSafetyNotice() const
{
    return m_store.value(kSafetyKey, 0).toInt();
}

void Settings::setAcknowledgedSafetyNotice(int version)
{
    m_store.setValue(kSafetyKey, version);
}

QByteArray Settings::windowGeometry() const
{
    return m_store.value(kGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue(kGeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_store.value(kStateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_store.setValue(kStateKey, state);
}

int Settings::lastArea() const
{
    return m_store.value(kLastAreaKey, 0).toInt();
}

void Settings::setLastArea(int area)
{
    m_store.setValue(kLastAreaKey, area);
}

QByteArray Settings::librarySplitterState() const
{
    return m_store.value(kLibrarySplitterKey).toByteArray();
}

void Settings::setLibrarySplitterState(const QByteArray &state)
{
    m_store.setValue(kLibrarySplitterKey, state);
}

QByteArray Settings::stretchingSplitterState() const
{
    return m_store.value(kStretchingSplitterKey).toByteArray();
}

void Settings::setStretchingSplitterState(const QByteArray &state)
{
    m_store.setValue(kStretchingSplitterKey, state);
}

reminders::ReminderConfig Settings::reminderConfig(reminders::Reminder reminder) const
{
    reminders::ReminderConfig config = reminders::defaultConfig(reminder);
    config.enabled = m_store.value(reminderKey(reminder, "Enabled"), config.enabled).toBool();
    const QTime time = QTime::fromString(m_store.value(reminderKey(reminder, "Time")).toString(),
                                         kReminderTimeFormat);
    if (time.isValid())
        config.time = time;
    return config;
}

void Settings::setReminderConfig(reminders::Reminder reminder, const reminders::ReminderConfig &config)
{
    m_store.setValue(reminderKey(reminder, "Enabled"), config.enabled);
    m_store.setValue(reminderKey(reminder, "Time"), config.time.toString(kReminderTimeFormat));
}

QDate Settings::reminderLastShown(reminders::Reminder reminder) const
{
    return QDate::fromString(m_store.value(reminderKey(reminder, "LastShown")).toString(), Qt::ISODate);
}

void Settings::setReminderLastShown(reminders::Reminder reminder, QDate day)
{
    if (day.isValid())
        m_store.setValue(reminderKey(reminder, "LastShown"), day.toString(Qt::ISODate));
    else
        m_store.remove(reminderKey(reminder, "LastShown"));
}

void Settings::sync()
{
    m_store.sync();
}

} // namespace legcare
