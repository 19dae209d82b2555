#include "common/SafetyText.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

using legcare::i18n::Language;
using legcare::i18n::TranslationLoader;

namespace {

bool containsHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.script() == QChar::Script_Han;
    });
}

} // namespace

TEST(TranslationLoader, ChineseCatalogueIsEmbeddedAndTranslates)
{
    TranslationLoader loader(QCoreApplication::instance());
    ASSERT_TRUE(loader.install(Language::SimplifiedChinese));
    EXPECT_TRUE(containsHan(legcare::safety::disclaimer())) << legcare::safety::disclaimer().toStdString();
    for (const QString &sign : legcare::safety::emergencySigns())
        EXPECT_TRUE(containsHan(sign)) << sign.toStdString();
    EXPECT_EQ(QLocale().language(), QLocale::Chinese);
}

TEST(TranslationLoader, SwitchingBackToEnglishRemovesTheTranslation)
{
    TranslationLoader loader(QCoreApplication::instance());
    ASSERT_TRUE(loader.install(Language::SimplifiedChinese));
    ASSERT_TRUE(loader.install(Language::English));
    EXPECT_FALSE(containsHan(legcare::safety::disclaimer()));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST(TranslationLoader, DestroyingTheLoaderUninstalls)
{
    {
        TranslationLoader loader(QCoreApplication::instance());
        ASSERT_TRUE(loader.install(Language::SimplifiedChinese));
    }
    EXPECT_FALSE(containsHan(legcare::safety::disclaimer()));
}

// English needs its plural forms from a catalogue too: "%n episode(s)" reads "1 episode" and
// "3 episodes", never "episode(s)".
TEST(TranslationLoader, EnglishPluralsAreRight)
{
    TranslationLoader loader(QCoreApplication::instance());
    ASSERT_TRUE(loader.install(Language::English));
    const auto episodes = [](int n) { return QCoreApplication::translate("Command", "%n episode(s)", "", n); };
    EXPECT_EQ(episodes(1), QStringLiteral("1 episode"));
    EXPECT_EQ(episodes(3), QStringLiteral("3 episodes"));
    EXPECT_EQ(QCoreApplication::translate("DiaryCommands", "delete %n cramp episode(s)", "", 2),
              QStringLiteral("delete 2 cramp episodes"));
}
