#include "settings/Settings.h"

#include "TempSettings.h"

#include <gtest/gtest.h>

using legcare::Settings;

TEST(Settings, DefaultsOnAFreshStore)
{
    legcare::test::TempSettings temp;
    Settings settings(temp.store());
    EXPECT_EQ(settings.languagePreference(), QStringLiteral("system"));
    EXPECT_EQ(settings.acknowledgedSafetyNotice(), 0);
    EXPECT_TRUE(settings.windowGeometry().isEmpty());
    EXPECT_EQ(settings.lastArea(), 0);
}

TEST(Settings, PersistAcrossRuns)
{
    legcare::test::TempSettings temp;
    {
        Settings settings(temp.store());
        settings.setLanguagePreference(QStringLiteral("zh_CN"));
        settings.setAcknowledgedSafetyNotice(legcare::kSafetyNoticeVersion);
        settings.setWindowGeometry(QByteArray("geometry-bytes"));
        settings.setLastArea(3);
        settings.sync();
    }
    auto reopened = temp.reopen();
    Settings settings(*reopened);
    EXPECT_EQ(settings.languagePreference(), QStringLiteral("zh_CN"));
    EXPECT_EQ(settings.acknowledgedSafetyNotice(), legcare::kSafetyNoticeVersion);
    EXPECT_EQ(settings.windowGeometry(), QByteArray("geometry-bytes"));
    EXPECT_EQ(settings.lastArea(), 3);
}

TEST(Settings, UnknownLanguageValueReadsAsSystem)
{
    legcare::test::TempSettings temp;
    temp.store().setValue(QStringLiteral("preferences/language"), QStringLiteral("xx_YY"));
    Settings settings(temp.store());
    EXPECT_EQ(settings.languagePreference(), QStringLiteral("system"));
}
