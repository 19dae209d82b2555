// GoogleTest main for LegCare: Qt widgets and fonts need an application object; tests run
// without a display (QT_QPA_PLATFORM=offscreen unless the caller chose a platform).

#include "ExpectedWarnings.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Warnings a test expects are claimed; any other is fatal under QT_FATAL_WARNINGS.
    legcare::test::installMessageHandler();
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LegCareTests"));
    QApplication::setOrganizationName(QStringLiteral("LegCareTests"));
    return RUN_ALL_TESTS();
}
