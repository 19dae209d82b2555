#include "common/SafetyText.h"

#include <gtest/gtest.h>

using namespace legcare::safety;

TEST(SafetyText, DisclaimerSaysNotADiagnosis)
{
    EXPECT_TRUE(disclaimer().contains(QStringLiteral("not a diagnosis")));
    EXPECT_TRUE(disclaimer().contains(QStringLiteral("self-care")));
}

TEST(SafetyText, NamesTheEmergencySignsOfThePolicy)
{
    const QString signs = emergencySigns().join(QLatin1Char('\n'));
    EXPECT_TRUE(signs.contains(QStringLiteral("chest pain"))); // pulmonary embolism
    EXPECT_TRUE(signs.contains(QStringLiteral("cold, pale or blue"))); // limb ischaemia
    EXPECT_TRUE(signs.contains(QStringLiteral("between the legs"))); // cauda equina
    EXPECT_TRUE(emergencyIntro().contains(QStringLiteral("emergency number")));
}

TEST(SafetyText, NamesTheUrgentSignsOfThePolicy)
{
    const QString signs = urgentSigns().join(QLatin1Char('\n'));
    EXPECT_TRUE(signs.contains(QStringLiteral("swollen")));
    EXPECT_TRUE(signs.contains(QStringLiteral("Fever")));
    EXPECT_TRUE(signs.contains(QStringLiteral("weakness")));
}
