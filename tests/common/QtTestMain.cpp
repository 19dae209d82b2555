// GoogleTest main for LegCare: Qt widgets and fonts need an application object; tests run
// without a display (QT_QPA_PLATFORM=offscreen unless the caller chose a platform).

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LegCareTests"));
    QApplication::setOrganizationName(QStringLiteral("LegCareTests"));
    return RUN_ALL_TESTS();
}
