// `legcare-cli report`: the doctor's report as a PDF, run as a script would.

#include "CliRun.h"
#include "PdfTools.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using legcare::tests::CliResult;
using legcare::tests::containsHan;
using legcare::tests::runCli;
using namespace legcare::tests;

namespace {

// A diary of 60 episodes over the last 90 days (most in the last month), imported from CSV.
class ReportCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("diary.sqlite"));

    void SetUp() override
    {
        QByteArray csv = "started_at,duration_s,location,side,severity,context,triggers,reliefs,note\n";
        const QDate today = QDate::currentDate();
        for (int i = 0; i < 60; ++i) {
            const int age = i < 25 ? 89 - i * 2 : (i - 25) * 27 / 35; // days before today
            const QString line = QStringLiteral("%1T%2:15:00,%3,%4,%5,%6,sleep,little_water;cold,stretching,%7\n")
                                     .arg(today.addDays(-age).toString(Qt::ISODate))
                                     .arg((i * 5) % 24, 2, 10, QLatin1Char('0'))
                                     .arg(40 + i)
                                     .arg(i % 2 ? QStringLiteral("calf") : QStringLiteral("foot"))
                                     .arg(i % 3 ? QStringLiteral("left") : QStringLiteral("right"))
                                     .arg(2 + i % 8)
                                     .arg(i == 50 ? QStringLiteral("\"after a long walk, then cold feet\"") : QString());
            csv += line.toUtf8();
        }
        const QString file = dir.filePath(QStringLiteral("episodes.csv"));
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(csv);
        out.close();
        const CliResult result = cli({QStringLiteral("diary"), QStringLiteral("import"), file});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }

    CliResult cli(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << db;
        return runCli(arguments);
    }

    static qsizetype tableRows(const QString &text)
    {
        return text.count(QRegularExpression(QStringLiteral("\\b\\d{4}-\\d\\d-\\d\\d\\s+\\d\\d:\\d\\d\\b")));
    }
};

} // namespace

TEST_F(ReportCli, WritesTheReport)
{
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliResult result = cli({QStringLiteral("report"), QStringLiteral("--pdf"), pdf, QStringLiteral("--days"),
                                  QStringLiteral("90"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("episodes")).toInt(), 60);
    EXPECT_EQ(json.value(QStringLiteral("file")).toString(), pdf);
    ASSERT_TRUE(startsWithPdfMagic(pdf));
    const int pages = pdfPageCount(pdf);
    EXPECT_EQ(pages, json.value(QStringLiteral("pages")).toInt());
    EXPECT_GE(pages, 4);

    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Leg cramp diary — report for your doctor")));
    EXPECT_TRUE(text.contains(QStringLiteral("60 in 90 days")));
    EXPECT_TRUE(withoutSpace(text).contains(withoutSpace(QStringLiteral("At or above the frequent-cramps threshold"))));
    EXPECT_TRUE(withoutSpace(text).contains(QStringLiteral("afteralongwalk,thencoldfeet")));
    EXPECT_EQ(tableRows(text), 60);
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("(A4)")));
}

TEST_F(ReportCli, ThirtyDaysByDefaultWithFewerRows)
{
    const QString thirty = dir.filePath(QStringLiteral("30.pdf"));
    const QString ninety = dir.filePath(QStringLiteral("90.pdf"));
    CliResult result = cli({QStringLiteral("report"), QStringLiteral("--pdf"), thirty});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(thirty)) << result.out.toStdString();
    result = cli({QStringLiteral("report"), QStringLiteral("--pdf"), ninety, QStringLiteral("--days"), QStringLiteral("90"),
                  QStringLiteral("--page-size"), QStringLiteral("Letter")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(pdfText(thirty).contains(QStringLiteral("30 days")));
    EXPECT_LT(tableRows(pdfText(thirty)), tableRows(pdfText(ninety)));
    EXPECT_TRUE(pdfInfo(ninety).contains(QStringLiteral("612 x 792 pts")));
}

TEST_F(ReportCli, Chinese)
{
    const QString pdf = dir.filePath(QStringLiteral("zh.pdf"));
    const CliResult result = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("report"),
                                  QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(containsHan(pdfText(pdf)));
    EXPECT_TRUE(pdfFonts(pdf).contains(QStringLiteral("CJK"))) << pdfFonts(pdf).toStdString();
}

TEST_F(ReportCli, BadArgumentsAreUsageErrors)
{
    const QString pdf = dir.filePath(QStringLiteral("bad.pdf"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("report")},
          QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), pdf, QStringLiteral("--days"), QStringLiteral("45")},
          QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), pdf, QStringLiteral("--days"), QStringLiteral("lots")},
          QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), pdf, QStringLiteral("--page-size"), QStringLiteral("A3")},
          QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), pdf, QStringLiteral("extra")}}) {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(result.err.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST_F(ReportCli, UnwritableOutputFailsNamingTheFile)
{
    const QString pdf = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const CliResult result = cli({QStringLiteral("report"), QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(pdf)) << result.err.toStdString();
}
