#include "wizard/SymptomWizard.h"

#include "triage/TriageEngine.h"
#include "wizard/AboutYouPage.h"
#include "wizard/AssessAnswers.h"
#include "wizard/ChoicePage.h"
#include "wizard/FlagsPage.h"
#include "wizard/HowOftenPage.h"
#include "wizard/QuestionPage.h"
#include "wizard/SeverityPage.h"
#include "wizard/WherePage.h"

#include <QAbstractButton>
#include <QKeyEvent>

namespace legcare::gui {

namespace {

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result.append(QString::fromLatin1(name));
    return result;
}

} // namespace

SymptomWizard::SymptomWizard(const triage::TriageEngine &engine, QWidget *parent)
    : QWizard(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("symptomWizard"));
    setWindowTitle(tr("Symptom check"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoDefaultButton);
    setOption(QWizard::HaveHelpButton, false);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNext"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBack"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancel"));
    setButtonText(QWizard::FinishButton, tr("Show my result"));
    for (QWizard::WizardButton which :
         { QWizard::NextButton, QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton })
        button(which)->setAccessibleName(button(which)->text().remove(QLatin1Char('&')));

    addQuestionPage(EmergencySigns,
                    new FlagsPage(tr("Signs that need help now"),
                                  tr("First, a few questions about danger signs. Please answer "
                                     "each one."),
                                  lifeThreateningFields(), true, this));
    addQuestionPage(UrgentSigns,
                    new FlagsPage(tr("Signs that need a doctor soon"),
                                  tr("Compare your legs if you can. Please answer each one."),
                                  keys({ "one_leg_swollen", "red_or_warm", "skin_color_change",
                                         "fever", "weakness", "recent_injury" }),
                                  true, this));
    addQuestionPage(AboutYou, new AboutYouPage(this));
    addQuestionPage(Complaint,
                    new ChoicePage(tr("Cramp or pain?"), QStringLiteral("complaint"), false, this));
    addQuestionPage(Where, new WherePage(this));
    addQuestionPage(When,
                    new ChoicePage(tr("When does it happen?"), QStringLiteral("when"), true, this));
    addQuestionPage(HowOften, new HowOftenPage(this));
    addQuestionPage(
        HowLong,
        new ChoicePage(tr("How long does it last?"), QStringLiteral("episode_length"), true, this));
    addQuestionPage(Severity, new SeverityPage(this));
    addQuestionPage(BackAndNerves,
                    new FlagsPage(tr("Back and nerves"),
                                  tr("Problems in the lower back can be felt in the leg."),
                                  keys({ "back_pain", "radiates_from_back", "numbness_tingling" }),
                                  false, this));
    addQuestionPage(Pregnancy,
                    new FlagsPage(tr("Pregnancy"), {}, keys({ "pregnant" }), false, this));
    addQuestionPage(Activity,
                    new FlagsPage(tr("Activity, fluids and posture"), {},
                                  keys({ "intense_exercise", "prolonged_sitting_standing",
                                         "heavy_sweating_or_diarrhoea", "low_fluid_intake" }),
                                  false, this));
    addQuestionPage(
        Health,
        new FlagsPage(tr("Health conditions and medicines"),
                      tr("Some illnesses and medicines make cramps more likely."),
                      keys({ "diuretics", "varicose_veins", "liver_disease", "heavy_metal_exposure",
                             "thyroid_or_hormone_disorder", "nervous_system_disorder" }),
                      false, this));
    setStartId(EmergencySigns);
}

QStringList SymptomWizard::lifeThreateningFields()
{
    return keys(
        { "chest_pain_or_breathless", "cold_pale_leg", "saddle_numbness", "bladder_bowel_change" });
}

void SymptomWizard::addQuestionPage(int id, QuestionPage *page)
{
    page->setObjectName(QStringLiteral("wizardPage%1").arg(id));
    setPage(id, page);
    page->attach(this, id);
}

QuestionPage *SymptomWizard::questionPage(int id) const
{
    return qobject_cast<QuestionPage *>(page(id));
}

QList<int> SymptomWizard::pathSoFar() const
{
    // QWizard adds a page to its history only after initializing it; count it from the start.
    QList<int> ids = visitedIds();
    if (currentId() >= 0 && (ids.isEmpty() || ids.constLast() != currentId()))
        ids.append(currentId());
    return ids;
}

QStringList SymptomWizard::askedFields() const
{
    QStringList result;
    for (int id = 0; id < PageCount; ++id) {
        if (QuestionPage *question = questionPage(id))
            result += question->fields();
    }
    return result;
}

triage::SymptomProfile SymptomWizard::answers() const
{
    triage::SymptomProfile profile;
    for (int id : pathSoFar()) {
        if (QuestionPage *question = questionPage(id))
            question->writeAnswers(profile);
    }
    return profile;
}

bool SymptomWizard::isPageRelevant(int id, const triage::SymptomProfile &answersSoFar) const
{
    const QuestionPage *question = questionPage(id);
    if (!question)
        return false;
    for (const QString &field : question->fields()) {
        if (triage::TriageEngine::isRelevant(field, answersSoFar))
            return true;
    }
    return false;
}

int SymptomWizard::nextPageAfter(int id) const
{
    const triage::SymptomProfile soFar = answers();
    for (int next = id + 1; next < PageCount; ++next) {
        if (isPageRelevant(next, soFar))
            return next;
    }
    return -1;
}

SymptomWizard::Progress SymptomWizard::progress() const
{
    const QList<int> visited = pathSoFar();
    Progress result;
    result.step = static_cast<int>(visited.size());
    result.total = result.step;
    for (int id = visited.isEmpty() ? -1 : visited.last(); id >= 0;) {
        id = nextPageAfter(id);
        if (id >= 0)
            ++result.total;
    }
    return result;
}

bool SymptomWizard::needsEmergencyHelp() const
{
    const triage::SymptomProfile soFar = answers();
    for (const QString &field : lifeThreateningFields()) {
        if (soFar.flag(field).value_or(false))
            return true;
    }
    return m_engine.level(withLegComplaint(soFar)) == triage::Level::Emergency;
}

bool SymptomWizard::needsDoctorToday() const
{
    return m_engine.level(withLegComplaint(answers())) >= triage::Level::Urgent;
}

void SymptomWizard::stopEarly()
{
    m_stoppedEarly = true;
    accept();
}

void SymptomWizard::notifyAnswersChanged()
{
    if (QuestionPage *current = questionPage(currentId()))
        current->refresh();
    emit answersChanged();
}

void SymptomWizard::keyPressEvent(QKeyEvent *event)
{
    // Embedded in a page, Escape must not throw the answers away as a dialog's Escape would.
    if (event->key() == Qt::Key_Escape) {
        event->ignore();
        return;
    }
    QWizard::keyPressEvent(event);
}

} // namespace legcare::gui
