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
