#include "i18n/Language.h"

namespace legcare::i18n {

QString languageCode(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

std::optional<Language> parseLanguageCode(const QString &code)
{
    const QString normalized = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (normalized == QLatin1String("en") || normalized.startsWith(QLatin1String("en_")))
        return Language::English;
    if (normalized == QLatin1String("zh") || normalized == QLatin1String("zh_cn")
        || normalized == QLatin1String("zh_hans") || normalized == QLatin1String("zh_hans_cn"))
        return Language::SimplifiedChinese;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::SimplifiedChinese : Language::English;
}

Language resolveLanguage(const QString &preference, const QLocale &systemLocale)
{
    if (const auto explicitLanguage = parseLanguageCode(preference))
        return *explicitLanguage;
    return languageForLocale(systemLocale);
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    case Language::English:
        break;
    }
    // Keep the user's own English variant (dates in en_GB stay day-first).
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? system : QLocale(QLocale::English);
}

QString nativeName(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return QStringLiteral("简体中文");
    case Language::English:
        break;
    }
    return QStringLiteral("English");
}

} // namespace legcare::i18n
