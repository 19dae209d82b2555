#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// The languages LegCare speaks and how the one in use is chosen.
namespace legcare::i18n {

enum class Language {
    English,
    SimplifiedChinese,
};

// The code used on the command line, in settings and in the knowledge base: "en", "zh_CN".
QString languageCode(Language language);

// Parses "en" or "zh_CN" (also "zh", "zh-CN", "zh_Hans", case-insensitive); nullopt otherwise.
std::optional<Language> parseLanguageCode(const QString &code);

// The language for a system locale: Chinese locales get Simplified Chinese, all else English.
Language languageForLocale(const QLocale &locale);

// The value stored in settings: "system" follows the locale, or an explicit language code.
inline constexpr char kSystemLanguage[] = "system";

// Resolves a stored preference ("system", "en", "zh_CN"; anything unknown counts as "system").
Language resolveLanguage(const QString &preference, const QLocale &systemLocale);

// The QLocale that formats dates and numbers for a language.
QLocale localeFor(Language language);

// The language's own name, as shown in a language chooser ("English", "简体中文").
QString nativeName(Language language);

} // namespace legcare::i18n
