#include "i18n/Language.h"

#include <gtest/gtest.h>

using legcare::i18n::Language;
using namespace legcare::i18n;

TEST(Language, CodesRoundTrip)
{
    for (Language language : {Language::English, Language::SimplifiedChinese})
        EXPECT_EQ(parseLanguageCode(languageCode(language)), language);
    EXPECT_EQ(languageCode(Language::English), QStringLiteral("en"));
    EXPECT_EQ(languageCode(Language::SimplifiedChinese), QStringLiteral("zh_CN"));
}

TEST(Language, ParsesCommonSpellings)
{
    EXPECT_EQ(parseLanguageCode(QStringLiteral("zh-CN")), Language::SimplifiedChinese);
    EXPECT_EQ(parseLanguageCode(QStringLiteral("ZH_cn")), Language::SimplifiedChinese);
    EXPECT_EQ(parseLanguageCode(QStringLiteral("zh")), Language::SimplifiedChinese);
    EXPECT_EQ(parseLanguageCode(QStringLiteral("en_GB")), Language::English);
    EXPECT_EQ(parseLanguageCode(QStringLiteral(" en ")), Language::English);
}

TEST(Language, RejectsUnsupported)
{
    EXPECT_FALSE(parseLanguageCode(QStringLiteral("fr")).has_value());
    EXPECT_FALSE(parseLanguageCode(QStringLiteral("")).has_value());
    EXPECT_FALSE(parseLanguageCode(QStringLiteral("system")).has_value());
    EXPECT_FALSE(parseLanguageCode(QStringLiteral("zh_TWX")).has_value());
}

TEST(Language, FollowsSystemLocale)
{
    EXPECT_EQ(languageForLocale(QLocale(QStringLiteral("zh_CN"))), Language::SimplifiedChinese);
    EXPECT_EQ(languageForLocale(QLocale(QStringLiteral("en_US"))), Language::English);
    EXPECT_EQ(languageForLocale(QLocale(QStringLiteral("de_DE"))), Language::English);
}

TEST(Language, ExplicitPreferenceWinsOverLocale)
{
    const QLocale chinese(QStringLiteral("zh_CN"));
    const QLocale german(QStringLiteral("de_DE"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("en"), chinese), Language::English);
    EXPECT_EQ(resolveLanguage(QStringLiteral("zh_CN"), german), Language::SimplifiedChinese);
    EXPECT_EQ(resolveLanguage(QStringLiteral("system"), chinese), Language::SimplifiedChinese);
    EXPECT_EQ(resolveLanguage(QStringLiteral("system"), german), Language::English);
    // A damaged setting falls back to the locale instead of failing.
    EXPECT_EQ(resolveLanguage(QStringLiteral("klingon"), chinese), Language::SimplifiedChinese);
}

TEST(Language, LocaleFormatsInTheLanguage)
{
    EXPECT_EQ(localeFor(Language::SimplifiedChinese).language(), QLocale::Chinese);
    EXPECT_EQ(localeFor(Language::English).language(), QLocale::English);
}
