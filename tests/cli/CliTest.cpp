// Runs the built legcare-cli as a user or script would, and checks exit codes and output.

#include "CliRun.h"

#include <gtest/gtest.h>

namespace {

using legcare::tests::containsHan;
using legcare::tests::runCli;
using Result = legcare::tests::CliResult;

} // namespace

TEST(Cli, VersionPrintsNameAndVersion)
{
    const Result result = runCli({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("legcare-cli 0."))) << result.out.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
}

TEST(Cli, HelpListsEveryCommandOfTheContract)
{
    const Result result = runCli({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    for (const char *command :
         {"kb conditions", "kb condition", "kb exercises", "kb check", "assess", "routine list",
          "routine show", "routine print", "diary add", "diary list", "diary edit", "diary delete",
          "diary stats", "diary import", "diary export", "report"}) {
        EXPECT_TRUE(result.out.contains(QLatin1String(command))) << command;
    }
    for (const char *option : {"--lang", "--json", "--db", "--version"})
        EXPECT_TRUE(result.out.contains(QLatin1String(option))) << option;
}

TEST(Cli, UnknownCommandIsAUsageError)
{
    const Result result = runCli({QStringLiteral("nonsense")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("unknown command 'nonsense'"))) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

TEST(Cli, UnknownSubcommandIsAUsageError)
{
    const Result result = runCli({QStringLiteral("kb"), QStringLiteral("frobnicate")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("unknown command 'kb frobnicate'"))) << result.err.toStdString();
}

TEST(Cli, UnknownFlagIsAUsageError)
{
    Result result = runCli({QStringLiteral("--frobnicate")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("frobnicate"))) << result.err.toStdString();
}

TEST(Cli, NoCommandIsAUsageError)
{
    const Result result = runCli({});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("no command given")));
}

TEST(Cli, UnsupportedLanguageIsAUsageError)
{
    const Result result = runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("'fr'"))) << result.err.toStdString();
}

TEST(Cli, GroupHelpListsItsSubcommands)
{
    const Result result = runCli({QStringLiteral("diary"), QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("diary add")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("diary export")));
    EXPECT_FALSE(result.out.contains(QStringLiteral("kb check")));
}

TEST(Cli, SubcommandHasHelpAndVersion)
{
    Result result = runCli({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(QStringLiteral("report [options]"))) << result.out.toStdString();
    result = runCli({QStringLiteral("report"), QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("legcare-cli ")));
}

TEST(Cli, ChineseHelp)
{
    const Result result = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(containsHan(result.out)) << result.out.toStdString();
    const Result equals = runCli({QStringLiteral("--lang=zh_CN"), QStringLiteral("--help")});
    EXPECT_EQ(equals.out, result.out);
}
