// The doctor's report: written as a PDF and read back with poppler-utils.

#include "report/DoctorReport.h"
#include "kb/Loader.h"
#include "report/LatestSymptomCheck.h"
#include "report/ReportData.h"
#include "routines/RoutineStore.h"

#include "../diary/DiaryTestSupport.h"
#include "PdfTools.h"
#include "common/SafetyText.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>

#include <gtest/gtest.h>

using legcare::diary::Context;
using legcare::diary::Episode;
using legcare::diary::Relief;
using legcare::diary::Side;
using legcare::diary::Trigger;
using legcare::i18n::Language;
using legcare::kb::Location;
using legcare::report::ReportInfo;
using legcare::report::ReportOptions;
using legcare::report::writeDoctorReport;
using namespace legcare::tests;

namespace {

const QDate kLastDay(2026, 3, 31); // 90 days: 1 January to 31 March 2026
const QString kNote = QStringLiteral("Woke with the left calf locked solid; walked it off in the hall");

// Sixty episodes over the 90 days, sparse for two months and frequent in the last four weeks
// (so the frequent-cramps threshold is met), with routines on some days.
class DoctorReportTest : public ::testing::Test
{
protected:
    legcare::test::TempDiary diary;

    void SetUp() override
    {
        ASSERT_TRUE(diary.store);
        QList<Episode> episodes;
        const QList<Location> places = {Location::Calf, Location::Calf, Location::Foot, Location::BackThigh,
                                        Location::Toes};
        for (int i = 0; i < 60; ++i) {
            // 30 in the first 62 days, 30 in the last 28.
            const int day = i < 30 ? i * 2 : 62 + (i - 30) * 28 / 30;
            const QDate date = QDate(2026, 1, 1).addDays(day);
            Episode episode = legcare::test::makeEpisode(
                QStringLiteral("%1T%2:%3:00+08:00")
                    .arg(date.toString(Qt::ISODate))
                    .arg((i * 7) % 24, 2, 10, QLatin1Char('0'))
                    .arg((i * 13) % 60, 2, 10, QLatin1Char('0')),
                3 + i % 7, places.at(i % places.size()));
            episode.side = i % 3 == 0 ? Side::Right : Side::Left;
            episode.durationSeconds = 30 + i * 11;
            episode.context = i % 4 == 0 ? Context::Rest : Context::Sleep;
            if (i % 2 == 0)
                episode.triggers = {Trigger::LongStanding, Trigger::LittleWater};
            episode.reliefs = {i % 5 == 0 ? Relief::Walking : Relief::Stretching};
            if (i == 45)
                episode.note = kNote;
            episodes.append(episode);
        }
        QString error;
        ASSERT_TRUE(diary.store->importEpisodes(episodes, &error)) << error.toStdString();
        for (int day = 0; day < 90; day += 3)
            ASSERT_TRUE(diary.store->setDay({QDate(2026, 1, 1).addDays(day), std::nullopt, true}, &error));
    }

    ReportOptions options(int days) const
    {
        ReportOptions result;
        result.days = days;
        result.lastDay = kLastDay;
        result.printedAt = QDateTime(kLastDay, QTime(10, 0));
        return result;
    }

    QString write(const ReportOptions &reportOptions, const QString &name, ReportInfo *info = nullptr)
    {
        const QString path = diary.file(name);
        QString error;
        EXPECT_TRUE(writeDoctorReport(*diary.store, reportOptions, path, &error, info)) << error.toStdString();
        return path;
    }
};

// Date-and-time cells of the table.
qsizetype tableRows(const QString &text)
{
    return text.count(QRegularExpression(QStringLiteral("\\b2026-\\d\\d-\\d\\d\\s+\\d\\d:\\d\\d\\b")));
}

} // namespace

TEST_F(DoctorReportTest, NinetyDaysInEnglish)
{
    ReportInfo info;
    const QString path = write(options(90), QStringLiteral("report.pdf"), &info);
    ASSERT_TRUE(startsWithPdfMagic(path));
    EXPECT_EQ(info.episodes, 60);
    EXPECT_EQ(info.from, QDate(2026, 1, 1));
    EXPECT_EQ(info.to, kLastDay);
    // Two pages of summary and charts, then the 60 rows of the table on two or three pages.
    const int pages = pdfPageCount(path);
    EXPECT_EQ(pages, info.pages);
    EXPECT_GE(pages, 4);
    EXPECT_LE(pages, 6);

    const QString text = pdfText(path);
    const QString flat = withoutSpace(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Leg cramp diary — report for your doctor")));
    EXPECT_TRUE(text.contains(QStringLiteral("60 in 90 days"))) << text.toStdString();
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("At or above the frequent-cramps threshold of 3 a week"))));
    EXPECT_TRUE(flat.contains(withoutSpace(kNote)));
    EXPECT_EQ(tableRows(text), 60);
    for (const char *section : {"Episodes per week", "Severity over time", "Time of day", "Where in the leg",
                                "Possible triggers", "What helped", "Stretching routine", "All episodes (60)"})
        EXPECT_TRUE(text.contains(QLatin1String(section))) << section;
    EXPECT_FALSE(text.contains(QStringLiteral("Latest symptom check")));

    const QString disclaimer = withoutSpace(legcare::safety::disclaimer());
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = withoutSpace(pdfText(path, page));
        EXPECT_TRUE(pageText.contains(disclaimer)) << "page " << page;
        EXPECT_TRUE(pageText.contains(withoutSpace(QStringLiteral("Page %1 of %2").arg(page).arg(pages))))
            << "page " << page;
    }
}

TEST_F(DoctorReportTest, ThirtyDaysHoldFewerRows)
{
    ReportInfo shortInfo;
    ReportInfo longInfo;
    const QString shortPath = write(options(30), QStringLiteral("30.pdf"), &shortInfo);
    const QString longPath = write(options(90), QStringLiteral("90.pdf"), &longInfo);
    EXPECT_EQ(shortInfo.from, QDate(2026, 3, 2));
    EXPECT_LT(shortInfo.episodes, longInfo.episodes);
    EXPECT_EQ(tableRows(pdfText(shortPath)), shortInfo.episodes);
    EXPECT_LT(tableRows(pdfText(shortPath)), tableRows(pdfText(longPath)));
    EXPECT_LE(shortInfo.pages, longInfo.pages);
}

TEST_F(DoctorReportTest, BelowTheThreshold)
{
    legcare::test::TempDiary quiet;
    QString error;
    for (const char *when : {"2026-03-03T02:00:00+08:00", "2026-03-12T23:30:00+08:00",
                             "2026-03-20T04:10:00+08:00", "2026-03-29T01:00:00+08:00"})
        ASSERT_TRUE(quiet.store->addEpisode(legcare::test::makeEpisode(QLatin1String(when)), &error));
    const QString path = quiet.file(QStringLiteral("quiet.pdf"));
    ReportInfo info;
    ASSERT_TRUE(writeDoctorReport(*quiet.store, options(30), path, &error, &info)) << error.toStdString();
    EXPECT_EQ(info.episodes, 4);
    const QString flat = withoutSpace(pdfText(path));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("Below the frequent-cramps threshold of 3 a week"))))
        << flat.toStdString();
    EXPECT_FALSE(flat.contains(withoutSpace(QStringLiteral("At or above"))));
}

TEST_F(DoctorReportTest, LetterPaper)
{
    ReportOptions letter = options(30);
    letter.pageSize = legcare::report::ReportPageSize::Letter;
    const QString path = write(letter, QStringLiteral("letter.pdf"));
    EXPECT_TRUE(pdfInfo(path).contains(QStringLiteral("612 x 792 pts"))) << pdfInfo(path).toStdString();
    EXPECT_TRUE(pdfInfo(write(options(30), QStringLiteral("a4.pdf"))).contains(QStringLiteral("(A4)")));
}

TEST_F(DoctorReportTest, ChineseUsesACjkFont)
{
    legcare::i18n::TranslationLoader translations(QCoreApplication::instance());
    translations.install(Language::SimplifiedChinese);
    ReportOptions chinese = options(30);
    chinese.language = Language::SimplifiedChinese;
    const QString path = write(chinese, QStringLiteral("zh.pdf"));
    translations.install(Language::English);

    const QString text = pdfText(path);
    EXPECT_TRUE(std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; }))
        << text.toStdString();
    const QString fonts = pdfFonts(path);
    EXPECT_TRUE(fonts.contains(QStringLiteral("CJK"))) << fonts.toStdString();
}

TEST_F(DoctorReportTest, LongNotesAreShortenedAndRowsStayWhole)
{
    Episode episode = legcare::test::makeEpisode(QStringLiteral("2026-03-30T02:00:00+08:00"), 8);
    episode.note = QStringLiteral("very long note ").repeated(2000) + QStringLiteral("\n\n\0tail").repeated(50);
    QString error;
    ASSERT_TRUE(diary.store->addEpisode(episode, &error)) << error.toStdString();
    ReportInfo info;
    const QString path = write(options(90), QStringLiteral("long.pdf"), &info);
    EXPECT_EQ(pdfPageCount(path), info.pages);
    EXPECT_EQ(tableRows(pdfText(path)), 61);
    EXPECT_TRUE(pdfText(path).contains(QChar(0x2026)));
}

TEST_F(DoctorReportTest, EmptyPeriodSaysSo)
{
    ReportOptions later = options(30);
    later.lastDay = QDate(2027, 1, 31);
    ReportInfo info;
    const QString path = write(later, QStringLiteral("empty.pdf"), &info);
    EXPECT_EQ(info.episodes, 0);
    EXPECT_EQ(pdfPageCount(path), 1);
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("No cramp episodes were recorded in this period.")));
}

TEST_F(DoctorReportTest, LatestSymptomCheckWhenGiven)
{
    ReportOptions withCheck = options(30);
    withCheck.latestSymptomCheck = legcare::report::SymptomCheckSummary{
        QDateTime(QDate(2026, 3, 20), QTime(9, 0)), QStringLiteral("See a doctor in the next few days"),
        QStringLiteral("Book an appointment."), {QStringLiteral("Night leg cramps")}};
    const QString text = pdfText(write(withCheck, QStringLiteral("check.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Latest symptom check")));
    EXPECT_TRUE(text.contains(QStringLiteral("See a doctor in the next few days")));
}

TEST_F(DoctorReportTest, UnwritablePathFailsNamingTheFile)
{
    const QString path = diary.file(QStringLiteral("missing/folder/report.pdf"));
    QString error;
    EXPECT_FALSE(writeDoctorReport(*diary.store, options(30), path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(DoctorReportTest, PaintsOnAnyPagedDevice)
{
    const QString path = diary.file(QStringLiteral("direct.pdf"));
    ReportInfo info;
    {
        QPdfWriter writer(path);
        writer.setResolution(96);
        QString error;
        ASSERT_TRUE(legcare::report::paintDoctorReport(&writer, *diary.store, options(90), &error, &info))
            << error.toStdString();
    }
    EXPECT_EQ(pdfPageCount(path), info.pages);
    EXPECT_EQ(tableRows(pdfText(path)), 60);
}

TEST(DoctorReportOptions, DaysAndPageSizes)
{
    EXPECT_TRUE(legcare::report::isValidReportDays(30));
    EXPECT_TRUE(legcare::report::isValidReportDays(90));
    EXPECT_FALSE(legcare::report::isValidReportDays(60));
    EXPECT_EQ(legcare::report::parseReportPageSize(QStringLiteral("letter")), legcare::report::ReportPageSize::Letter);
    EXPECT_EQ(legcare::report::parseReportPageSize(QStringLiteral("A4")), legcare::report::ReportPageSize::A4);
    EXPECT_FALSE(legcare::report::parseReportPageSize(QStringLiteral("A3")));
}

TEST_F(DoctorReportTest, TheLatestSavedSymptomCheckComesFromTheDiary)
{
    const auto loaded = legcare::kb::Loader::load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(legcare::report::latestSymptomCheck(*diary.store, *loaded.knowledgeBase,
                                                     legcare::i18n::Language::English));

    legcare::diary::DiaryStore::SavedAssessment saved;
    saved.takenAt = QDateTime(QDate(2026, 3, 25), QTime(8, 30));
    saved.level = QStringLiteral("doctor");
    saved.profileJson = R"({"complaint":"cramp","location":"calf","episodes_per_week":4})";
    saved.conditionIds = {QStringLiteral("nocturnal_leg_cramps")};
    QString error;
    ASSERT_TRUE(diary.store->saveAssessment(saved, &error)) << error.toStdString();

    const auto summary = legcare::report::latestSymptomCheck(*diary.store, *loaded.knowledgeBase,
                                                             legcare::i18n::Language::English);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->checkedAt, saved.takenAt);
    EXPECT_EQ(summary->likelyConditions,
              QStringList{loaded.knowledgeBase->condition(QStringLiteral("nocturnal_leg_cramps"))->name.en});
    EXPECT_FALSE(summary->levelName.isEmpty());

    ReportOptions withCheck = options(30);
    withCheck.latestSymptomCheck = summary;
    const QString text = withoutSpace(pdfText(write(withCheck, QStringLiteral("saved-check.pdf"))));
    EXPECT_TRUE(text.contains(withoutSpace(QStringLiteral("Latest symptom check"))));
    EXPECT_TRUE(text.contains(withoutSpace(summary->likelyConditions.constFirst())));
}

// Routines played in the Stretching area count as routine days beside the ticked ones, in the
// report's adherence and in its weeks with a routine.
TEST(ReportData, PlayedRoutinesCountAsRoutineDays)
{
    legcare::test::TempDiary diary;
    ASSERT_TRUE(diary.store);
    QString error;
    ASSERT_TRUE(diary.store->setDay({QDate(2026, 3, 2), std::nullopt, true}, &error));
    legcare::routines::RoutineStore store(*diary.store);
    legcare::routines::Session played;
    played.startedAt = QDateTime(QDate(2026, 3, 11), QTime(21, 0));
    played.durationSeconds = 300;
    played.routineId = QStringLiteral("bedtime_cramp_prevention");
    played.routineName = QStringLiteral("Bedtime cramp prevention");
    played.completedExercises = {QStringLiteral("heel_raise")};
    played.plannedExercises = 5;
    ASSERT_TRUE(store.recordSession(played, &error)) << error.toStdString();
    legcare::routines::Session abandoned = played; // stopped before any exercise was done: not a routine
    abandoned.startedAt = QDateTime(QDate(2026, 3, 18), QTime(21, 0));
    abandoned.completedExercises.clear();
    ASSERT_TRUE(store.recordSession(abandoned, &error)) << error.toStdString();

    ReportOptions options;
    options.days = 30;
    options.lastDay = QDate(2026, 3, 29);
    const legcare::report::ReportData data = legcare::report::collectReportData(*diary.store, options);
    EXPECT_EQ(data.routineDays, 2);
    QList<QDate> routineWeeks;
    for (const legcare::report::ReportWeek &week : data.weeks) {
        if (week.routineDone)
            routineWeeks.append(week.weekStart);
    }
    EXPECT_EQ(routineWeeks, (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9)}));
}
