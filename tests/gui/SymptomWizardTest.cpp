#include "wizard/SymptomWizard.h"
#include "common/BulletList.h"
#include "common/LegMapWidget.h"
#include "common/SafetyText.h"
#include "diary/DiaryStore.h"
#include "pages/SymptomCheckPage.h"
#include "triage/SymptomProfile.h"
#include "wizard/AssessmentView.h"
#include "wizard/QuestionPage.h"
#include "wizard/WarningBanner.h"

#include "TestKnowledgeBase.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using legcare::gui::AssessmentView;
using legcare::gui::LegMapCanvas;
using legcare::gui::LegMapWidget;
using legcare::gui::LegSide;
using legcare::gui::SymptomCheckPage;
using legcare::gui::SymptomWizard;
using legcare::gui::WarningBanner;
using legcare::triage::Level;

namespace {

class SymptomWizardTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { legcare::test::bundledKnowledgeBase(); }

    void SetUp() override
    {
        page.resize(1000, 900);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    }

    void start()
    {
        auto *button = page.findChild<QAbstractButton *>(QStringLiteral("startSymptomCheck"));
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_NE(page.wizard(), nullptr);
        ASSERT_TRUE(page.wizard()->isVisible());
        ASSERT_EQ(page.wizard()->currentId(), SymptomWizard::EmergencySigns);
    }

    SymptomWizard *wizard() const { return page.wizard(); }
    QWizardPage *current() const { return wizard()->currentPage(); }

    // Clicks a button of the current page by object name ("fever_no").
    void click(const QString &name)
    {
        auto *button = current()->findChild<QAbstractButton *>(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        ASSERT_TRUE(button->isVisible()) << name.toStdString();
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        ASSERT_TRUE(button->isChecked() || !button->isCheckable()) << name.toStdString();
    }

    void answerAll(const QStringList &keys, const QString &answer)
    {
        for (const QString &key : keys)
            click(key + QLatin1Char('_') + answer);
    }

    void next(int expectedPage)
    {
        QAbstractButton *button = wizard()->button(QWizard::NextButton);
        ASSERT_TRUE(button->isVisible() && button->isEnabled())
            << "on page " << wizard()->currentId();
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_EQ(wizard()->currentId(), expectedPage);
    }

    void back(int expectedPage)
    {
        QTest::mouseClick(wizard()->button(QWizard::BackButton), Qt::LeftButton);
        ASSERT_EQ(wizard()->currentId(), expectedPage);
    }

    // Answers the warning-sign pages "no" and reaches "About you".
    void passWarningSigns()
    {
        answerAll(SymptomWizard::lifeThreateningFields(), QStringLiteral("no"));
        next(SymptomWizard::UrgentSigns);
        answerAll({ QStringLiteral("one_leg_swollen"), QStringLiteral("red_or_warm"),
                    QStringLiteral("skin_color_change"), QStringLiteral("fever"),
                    QStringLiteral("weakness"), QStringLiteral("recent_injury") },
                  QStringLiteral("no"));
        next(SymptomWizard::AboutYou);
    }

    WarningBanner *banner() const
    {
        return current()->findChild<WarningBanner *>(QStringLiteral("warningBanner"));
    }

    AssessmentView *result() { return page.assessmentView(); }

    SymptomCheckPage page { legcare::test::bundledKnowledgeBase(),
                            legcare::i18n::Language::English };
};

} // namespace

TEST_F(SymptomWizardTest, TheIntroductionListsEveryEmergencyAndUrgentSignInTheFirstFrame)
{
    auto *emergency
        = page.findChild<legcare::gui::BulletList *>(QStringLiteral("emergencySigns"));
    auto *urgent = page.findChild<legcare::gui::BulletList *>(QStringLiteral("urgentSigns"));
    ASSERT_NE(emergency, nullptr);
    ASSERT_NE(urgent, nullptr);
    EXPECT_EQ(emergency->heading(), legcare::safety::emergencyIntro());
    EXPECT_EQ(emergency->items(), legcare::safety::emergencySigns());
    EXPECT_EQ(urgent->items(), legcare::safety::urgentSigns());
    EXPECT_FALSE(urgent->heading().isEmpty());

    // Every item wraps under its own text and is fully shown at a narrow width.
    page.resize(420, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    for (QLabel *item : emergency->findChildren<QLabel *>()) {
        if (item->text() == legcare::safety::emergencySigns().constLast()) {
            EXPECT_TRUE(item->wordWrap());
            EXPECT_GE(item->height(), item->heightForWidth(item->width()));
            EXPECT_GT(item->height(), item->fontMetrics().height()); // wrapped to two lines
        }
    }
}

TEST_F(SymptomWizardTest, EmergencyAnswerWarnsAndStopsStraightToTheResult)
{
    start();
    ASSERT_NE(banner(), nullptr);
    EXPECT_FALSE(banner()->isVisible());
    // Next waits until every danger sign is answered.
    EXPECT_FALSE(wizard()->button(QWizard::NextButton)->isEnabled());

    click(QStringLiteral("chest_pain_or_breathless_yes"));
    EXPECT_TRUE(banner()->isVisible());
    EXPECT_EQ(banner()->kind(), WarningBanner::Kind::Emergency);
    auto *text = banner()->findChild<QWidget *>(QStringLiteral("warningBannerText"));
    ASSERT_NE(text, nullptr);
    auto *stop = banner()->findChild<QAbstractButton *>(QStringLiteral("stopForWarning"));
    ASSERT_NE(stop, nullptr);
    EXPECT_FALSE(stop->accessibleName().isEmpty());

    QTest::mouseClick(stop, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return result()->isVisible(); }));
    EXPECT_EQ(result()->assessment().level, Level::Emergency);
    EXPECT_TRUE(result()->assessment().exercises.isEmpty());
    const QString shown = result()->text();
    EXPECT_TRUE(shown.contains(result()->assessment().levelName));
    EXPECT_TRUE(shown.contains(QStringLiteral("emergency"), Qt::CaseInsensitive));
    EXPECT_FALSE(shown.contains(QStringLiteral("Stretches that may help")));
    EXPECT_TRUE(shown.contains(QStringLiteral("not a diagnosis")));
    EXPECT_TRUE(shown.contains(QStringLiteral("chest pain"), Qt::CaseInsensitive));

    // Start again begins a fresh interview.
    QTest::mouseClick(result()->findChild<QAbstractButton *>(QStringLiteral("startAgain")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.wizard() && page.wizard()->isVisible(); }));
    EXPECT_FALSE(page.wizard()->answers().has(QStringLiteral("chest_pain_or_breathless")));
}

TEST_F(SymptomWizardTest, OccasionalNightCalfCrampIsSelfCareWithCalfStretches)
{
    start();
    passWarningSigns();

    auto *age = current()->findChild<QSpinBox *>(QStringLiteral("age_spin"));
    ASSERT_NE(age, nullptr);
    age->setFocus();
    age->selectAll();
    QTest::keyClicks(age, QStringLiteral("34"));
    click(QStringLiteral("sex_male"));
    next(SymptomWizard::Complaint);

    EXPECT_FALSE(wizard()->button(QWizard::NextButton)->isEnabled()); // required
    click(QStringLiteral("complaint_cramp"));
    next(SymptomWizard::Where);

    auto *map = current()->findChild<LegMapWidget *>();
    ASSERT_NE(map, nullptr);
    EXPECT_FALSE(wizard()->button(QWizard::NextButton)->isEnabled()); // required
    QTest::mouseClick(map->canvas(), Qt::LeftButton, {},
                      map->canvas()->regionCentre(LegMapCanvas::View::Back, LegSide::Right,
                                                  legcare::kb::Location::Calf));
    EXPECT_EQ(map->side(), LegSide::Right);
    next(SymptomWizard::When);

    click(QStringLiteral("when_night"));
    next(SymptomWizard::HowOften);
    click(QStringLiteral("episodes_per_week_0.1"));
    click(QStringLiteral("worsening_no"));
    next(SymptomWizard::HowLong);
    click(QStringLiteral("episode_length_minutes"));
    next(SymptomWizard::Severity);

    auto *slider = current()->findChild<QSlider *>(QStringLiteral("severity_slider"));
    ASSERT_NE(slider, nullptr);
    slider->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    EXPECT_EQ(wizard()->answers().number(QStringLiteral("severity")), 4.0);
    click(QStringLiteral("affects_daily_life_no"));
    next(SymptomWizard::BackAndNerves);
    answerAll({ QStringLiteral("back_pain"), QStringLiteral("radiates_from_back"),
                QStringLiteral("numbness_tingling") },
              QStringLiteral("no"));
    // A man is not asked about pregnancy.
    next(SymptomWizard::Activity);
    answerAll({ QStringLiteral("intense_exercise"), QStringLiteral("prolonged_sitting_standing"),
                QStringLiteral("heavy_sweating_or_diarrhoea"), QStringLiteral("low_fluid_intake") },
              QStringLiteral("no"));
    next(SymptomWizard::Health);
    answerAll({ QStringLiteral("diuretics"), QStringLiteral("varicose_veins"),
                QStringLiteral("liver_disease"), QStringLiteral("heavy_metal_exposure"),
                QStringLiteral("thyroid_or_hormone_disorder"),
                QStringLiteral("nervous_system_disorder") },
              QStringLiteral("no"));

    QAbstractButton *finish = wizard()->button(QWizard::FinishButton);
    ASSERT_TRUE(finish->isVisible() && finish->isEnabled());
    const legcare::triage::SymptomProfile answers = wizard()->answers();
    EXPECT_EQ(answers.number(QStringLiteral("age")), 34.0);
    EXPECT_EQ(answers.choice(QStringLiteral("location")), QStringLiteral("calf"));
    EXPECT_EQ(answers.choice(QStringLiteral("side")), QStringLiteral("right"));
    EXPECT_FALSE(answers.has(QStringLiteral("pregnant")));
    EXPECT_TRUE(answers.isComplete());
    QTest::mouseClick(finish, Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return result()->isVisible(); }));
    const legcare::triage::Assessment &assessment = result()->assessment();
    EXPECT_EQ(assessment.level, Level::SelfCare);
    EXPECT_TRUE(assessment.exercises.contains(QStringLiteral("calf_stretch")));
    ASSERT_FALSE(assessment.conditions.isEmpty());
    EXPECT_EQ(assessment.conditions.first().id, QStringLiteral("nocturnal_leg_cramps"));
    const QString shown = result()->text();
    EXPECT_TRUE(shown.contains(assessment.levelName));
    EXPECT_TRUE(shown.contains(QStringLiteral("Stretches that may help")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Calf stretch")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Why we think so")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Your answers")));

    // A condition link asks for the Library.
    QSignalSpy links(&page, &SymptomCheckPage::openLinkRequested);
    auto *browser = result()->findChild<QTextBrowser *>(QStringLiteral("assessmentBrowser"));
    ASSERT_NE(browser, nullptr);
    emit browser->anchorClicked(QUrl(QStringLiteral("legcare:exercise/calf_stretch")));
    ASSERT_EQ(links.count(), 1);
    EXPECT_EQ(links.first().first().toUrl(), QUrl(QStringLiteral("legcare:exercise/calf_stretch")));
}

TEST_F(SymptomWizardTest, BackKeepsAnswersAndDontKnowLeavesFieldsAbsent)
{
    start();
    click(QStringLiteral("chest_pain_or_breathless_unknown"));
    answerAll({ QStringLiteral("cold_pale_leg"), QStringLiteral("saddle_numbness"),
                QStringLiteral("bladder_bowel_change") },
              QStringLiteral("no"));
    EXPECT_FALSE(wizard()->answers().has(QStringLiteral("chest_pain_or_breathless")));
    EXPECT_EQ(wizard()->answers().flag(QStringLiteral("cold_pale_leg")), false);
    next(SymptomWizard::UrgentSigns);
    answerAll({ QStringLiteral("one_leg_swollen"), QStringLiteral("red_or_warm"),
                QStringLiteral("skin_color_change"), QStringLiteral("fever"),
                QStringLiteral("weakness"), QStringLiteral("recent_injury") },
              QStringLiteral("unknown"));
    next(SymptomWizard::AboutYou);
    click(QStringLiteral("sex_unknown"));
    next(SymptomWizard::Complaint);
    click(QStringLiteral("complaint_pain"));
    next(SymptomWizard::Where);

    const legcare::triage::SymptomProfile answers = wizard()->answers();
    EXPECT_FALSE(answers.has(QStringLiteral("sex")));
    EXPECT_FALSE(answers.has(QStringLiteral("age")));
    EXPECT_FALSE(answers.has(QStringLiteral("fever")));
    EXPECT_EQ(answers.choice(QStringLiteral("complaint")), QStringLiteral("pain"));

    back(SymptomWizard::Complaint);
    auto *pain = current()->findChild<QAbstractButton *>(QStringLiteral("complaint_pain"));
    ASSERT_NE(pain, nullptr);
    EXPECT_TRUE(pain->isChecked());
    back(SymptomWizard::AboutYou);
    back(SymptomWizard::UrgentSigns);
    back(SymptomWizard::EmergencySigns);
    EXPECT_TRUE(
        current()
            ->findChild<QAbstractButton *>(QStringLiteral("chest_pain_or_breathless_unknown"))
            ->isChecked());
    // Going back trims the answers to the pages still on the way.
    EXPECT_FALSE(wizard()->answers().has(QStringLiteral("complaint")));
    next(SymptomWizard::UrgentSigns);
    next(SymptomWizard::AboutYou);
    next(SymptomWizard::Complaint);
    EXPECT_EQ(wizard()->answers().choice(QStringLiteral("complaint")), QStringLiteral("pain"));
}

TEST_F(SymptomWizardTest, PregnancyIsAskedOnlyWhenItCanApply)
{
    start();
    passWarningSigns();
    click(QStringLiteral("sex_female"));
    EXPECT_EQ(wizard()->nextPageAfter(SymptomWizard::Severity), SymptomWizard::BackAndNerves);
    EXPECT_EQ(wizard()->nextPageAfter(SymptomWizard::BackAndNerves), SymptomWizard::Pregnancy);
    click(QStringLiteral("sex_male"));
    EXPECT_EQ(wizard()->nextPageAfter(SymptomWizard::BackAndNerves), SymptomWizard::Activity);

    // The progress counts the pages on the way for the answers so far.
    const SymptomWizard::Progress progress = wizard()->progress();
    EXPECT_EQ(progress.step, 3);
    EXPECT_EQ(progress.total, SymptomWizard::PageCount - 1);
}

TEST_F(SymptomWizardTest, EveryFieldOfTheContractIsAsked)
{
    start();
    const QStringList asked = wizard()->askedFields();
    for (const legcare::triage::FieldSpec &spec : legcare::triage::profileFields())
        EXPECT_TRUE(asked.contains(spec.key)) << spec.key.toStdString();
    // Each question page offers an explanation where the core has one.
    auto *explain
        = wizard()
              ->page(SymptomWizard::EmergencySigns)
              ->findChild<QAbstractButton *>(QStringLiteral("saddle_numbness_explainButton"));
    ASSERT_NE(explain, nullptr);
    EXPECT_FALSE(explain->accessibleName().isEmpty());
}

TEST_F(SymptomWizardTest, UrgentSignShowsTheDoctorTodayWarning)
{
    start();
    answerAll(SymptomWizard::lifeThreateningFields(), QStringLiteral("no"));
    next(SymptomWizard::UrgentSigns);
    click(QStringLiteral("one_leg_swollen_yes"));
    ASSERT_TRUE(banner()->isVisible());
    EXPECT_EQ(banner()->kind(), WarningBanner::Kind::Urgent);
    QTest::mouseClick(banner()->findChild<QAbstractButton *>(QStringLiteral("stopForWarning")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return result()->isVisible(); }));
    EXPECT_EQ(result()->assessment().level, Level::Urgent);
    EXPECT_TRUE(result()->assessment().exercises.isEmpty());
}

TEST_F(SymptomWizardTest, SavedPdfHoldsTheLevelAndTheDisclaimer)
{
    start();
    click(QStringLiteral("cold_pale_leg_yes"));
    QTest::mouseClick(banner()->findChild<QAbstractButton *>(QStringLiteral("stopForWarning")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return result()->isVisible(); }));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("result.pdf"));
    QString error;
    ASSERT_TRUE(result()->savePdf(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("/Type /Page") || pdf.contains("/Type/Page"));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess process;
    process.start(pdftotext, { path, QStringLiteral("-") });
    ASSERT_TRUE(process.waitForFinished(20000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(result()->assessment().levelName)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not a diagnosis")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));
    EXPECT_TRUE(text.contains(QStringLiteral("Your answers")));
}

TEST_F(SymptomWizardTest, TheResultCanBeKeptInTheDiary)
{
    QTemporaryDir dir;
    auto opened = legcare::diary::DiaryStore::open(dir.filePath(QStringLiteral("diary.sqlite")));
    ASSERT_TRUE(opened.store);
    auto *save = result()->findChild<QAbstractButton *>(QStringLiteral("saveResultToDiary"));
    ASSERT_NE(save, nullptr);
    EXPECT_TRUE(save->isHidden()); // no diary, no button
    result()->setDiary(opened.store.get());

    start();
    click(QStringLiteral("cold_pale_leg_yes"));
    QTest::mouseClick(banner()->findChild<QAbstractButton *>(QStringLiteral("stopForWarning")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return result()->isVisible(); }));
    ASSERT_TRUE(save->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(save->isEnabled()); // once is enough

    const auto saved = opened.store->latestAssessment();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->level, QStringLiteral("emergency"));
    EXPECT_TRUE(saved->profileJson.contains("cold_pale_leg"));
    EXPECT_TRUE(saved->conditionIds.contains(QStringLiteral("acute_limb_ischaemia")));
}

// The result view is the costliest part of the page: it is built with the first result (or when
// asked for), not with the page, and still gets the diary given to the page before it existed.
TEST_F(SymptomWizardTest, TheResultViewIsBuiltWithTheFirstResultAndGetsTheDiary)
{
    EXPECT_EQ(page.findChild<AssessmentView *>(), nullptr);
    EXPECT_FALSE(page.showsResult());
    QTemporaryDir dir;
    auto opened = legcare::diary::DiaryStore::open(dir.filePath(QStringLiteral("diary.sqlite")));
    ASSERT_TRUE(opened.store);
    page.setDiary(opened.store.get());

    start();
    click(QStringLiteral("cold_pale_leg_yes"));
    QTest::mouseClick(banner()->findChild<QAbstractButton *>(QStringLiteral("stopForWarning")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.showsResult(); }));
    auto *view = page.findChild<AssessmentView *>();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view, result());
    auto *save = view->findChild<QAbstractButton *>(QStringLiteral("saveResultToDiary"));
    ASSERT_NE(save, nullptr);
    EXPECT_TRUE(save->isVisible()); // the diary reached the view built after it was given
}
