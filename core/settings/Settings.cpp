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

void Settings::sync()
{
    m_store.sync();
}

} // namespace legcare
