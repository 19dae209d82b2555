#include "report/AssessmentHtml.h"
#include "report/DocumentPrinter.h"

#include "kb/Loader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using legcare::i18n::Language;
using legcare::report::AssessmentHtml;
using legcare::report::DocumentPrinter;
using legcare::triage::Assessment;
using legcare::triage::Level;
using legcare::triage::SymptomProfile;

namespace {

const legcare::kb::KnowledgeBase &knowledgeBase()
{
    static const legcare::kb::LoadResult result = legcare::kb::Loader::load();
    static const legcare::kb::KnowledgeBase empty;
    return result.ok() ? *result.knowledgeBase : empty;
}

Assessment selfCare()
{
    Assessment assessment;
    assessment.level = Level::SelfCare;
    assessment.levelName = QStringLiteral("Look after it at home");
    assessment.levelAction = QStringLiteral("Try the advice below; come back if it changes.");
    assessment.conditions.append({ QStringLiteral("nocturnal_leg_cramps"),
                                   QStringLiteral("Night leg cramps"),
                                   0.82,
                                   { QStringLiteral("cramps come at night") } });
    assessment.advice = { QStringLiteral("Stretch your calves before bed.") };
    assessment.exercises = { QStringLiteral("calf_stretch") };
    assessment.disclaimer = QStringLiteral("This is self-care information, not a diagnosis.");
    return assessment;
}

SymptomProfile answers()
{
    SymptomProfile profile;
    profile.setChoice(QStringLiteral("complaint"), QStringLiteral("cramp"));
    profile.setChoice(QStringLiteral("location"), QStringLiteral("calf"));
    profile.setBool(QStringLiteral("fever"), false);
    profile.setNumber(QStringLiteral("severity"), 4);
    return profile;
}

const QDateTime kCreated(QDate(2025, 3, 14), QTime(9, 30));

} // namespace

TEST(AssessmentHtml, RendersEveryPartOfTheResult)
{
    ASSERT_FALSE(knowledgeBase().conditions().isEmpty());
    const AssessmentHtml html(knowledgeBase(), Language::English);
    QTextDocument document;
    document.setHtml(html.render(selfCare(), answers(), { kCreated, true, false }));
    const QString text = document.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Look after it at home")));
    EXPECT_TRUE(text.contains(QStringLiteral("come back if it changes")));
    EXPECT_TRUE(text.contains(QStringLiteral("Night leg cramps")));
    EXPECT_TRUE(text.contains(QStringLiteral("Why we think so")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cramps come at night"))); // capitalised
    EXPECT_TRUE(text.contains(QStringLiteral("Stretch your calves before bed.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Calf stretch")));
    EXPECT_TRUE(text.contains(QStringLiteral("Your answers")));
    EXPECT_TRUE(text.contains(QStringLiteral("4 out of 10")));
    EXPECT_TRUE(text.contains(QStringLiteral("not a diagnosis")));
    EXPECT_TRUE(text.contains(QStringLiteral("2025")));

    const QString withLinks = html.render(selfCare(), answers(), { kCreated, true, false });
    EXPECT_TRUE(withLinks.contains(QStringLiteral("legcare:condition/nocturnal_leg_cramps")));
    EXPECT_TRUE(withLinks.contains(QStringLiteral("legcare:exercise/calf_stretch")));
    const QString forPaper = html.render(selfCare(), answers(), { kCreated, false, false });
    EXPECT_FALSE(forPaper.contains(QStringLiteral("legcare:")));
}

TEST(AssessmentHtml, UrgentResultHasNoStretchesAndSaysWhy)
{
    Assessment urgent = selfCare();
    urgent.level = Level::Urgent;
    urgent.exercises.clear();
    urgent.redFlags.append({ QStringLiteral("deep_vein_thrombosis"), Level::Urgent,
                             QStringLiteral("one leg is swollen"),
                             QStringLiteral("See a doctor today.") });
    const AssessmentHtml html(knowledgeBase(), Language::English);
    QTextDocument document;
    document.setHtml(html.render(urgent, answers(), { kCreated, true, false }));
    const QString text = document.toPlainText();
    EXPECT_FALSE(text.contains(QStringLiteral("Stretches that may help")));
    EXPECT_TRUE(text.contains(QStringLiteral("No stretches are suggested")));
    EXPECT_TRUE(text.contains(QStringLiteral("Warning signs in your answers")));
    EXPECT_TRUE(text.contains(QStringLiteral("One leg is swollen")));
}

TEST(AssessmentHtml, AnswerRowsFollowTheProfileAndSkipDontKnow)
{
    const auto rows = AssessmentHtml::answerRows(answers(), Language::English);
    ASSERT_EQ(rows.size(), 4);
    QStringList shown;
    for (const auto &row : rows)
        shown.append(row.second);
    EXPECT_TRUE(shown.contains(QStringLiteral("No")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Calf")));
    EXPECT_TRUE(shown.contains(QStringLiteral("4 out of 10")));
}

TEST(AssessmentHtml, LevelIconsDiffer)
{
    const QImage emergency = AssessmentHtml::levelIcon(Level::Emergency, 48);
    const QImage selfCareIcon = AssessmentHtml::levelIcon(Level::SelfCare, 48);
    EXPECT_EQ(emergency.size(), QSize(48, 48));
    EXPECT_NE(emergency, selfCareIcon);
    EXPECT_NE(AssessmentHtml::levelColor(Level::Emergency),
              AssessmentHtml::levelColor(Level::SelfCare));
}

TEST(DocumentPrinter, WritesAPdfWithAFooterOnEveryPage)
{
    const AssessmentHtml html(knowledgeBase(), Language::English);
    Assessment longResult = selfCare();
    for (int i = 0; i < 80; ++i)
        longResult.advice.append(QStringLiteral("Advice line %1 that fills the page.").arg(i));
    auto document = html.document(longResult, answers(), { kCreated, false, false });

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    const DocumentPrinter printer(longResult.disclaimer, html.footerText(kCreated));
    QString error;
    ASSERT_TRUE(printer.writePdf(*document, path, QStringLiteral("Test"), &error))
        << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 2);

    EXPECT_FALSE(printer.writePdf(*document, dir.filePath(QStringLiteral("no/such/dir/x.pdf")),
                                  QStringLiteral("Test"), &error));
    EXPECT_FALSE(error.isEmpty());
}
