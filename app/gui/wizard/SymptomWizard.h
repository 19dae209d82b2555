#pragma once

#include "triage/Level.h"
#include "triage/SymptomProfile.h"

#include <QWizard>

namespace legcare::triage {
class TriageEngine;
}

namespace legcare::gui {

class QuestionPage;

// The symptom check's interview, in the order NHS 111 asks: signs that need help now first, then
// signs that need a doctor today, a little about the person, the complaint, where, when, how
// often, how long, how bad, and then only the follow-up questions that still matter for the
// answers so far (the triage engine decides which; nextId() asks it). Every question can be
// answered "don't know", which leaves its profile field absent. Back keeps the answers.
//
// Embedded in the Symptom check page (not a modal dialog); it ends with accepted() when the
// person finishes or stops early at a warning, and rejected() when they cancel.
class SymptomWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymptomWizard)

public:
    enum PageId {
        EmergencySigns,
        UrgentSigns,
        AboutYou,
        Complaint,
        Where,
        When,
        HowOften,
        HowLong,
        Severity,
        BackAndNerves,
        Pregnancy,
        Activity,
        Health,
        PageCount
    };

    explicit SymptomWizard(const triage::TriageEngine &engine, QWidget *parent = nullptr);

    // The profile of the answers on the pages visited so far (the way back trims it).
    triage::SymptomProfile answers() const;

    // The page after `id` for the answers so far; -1 after the last.
    int nextPageAfter(int id) const;

    struct Progress
    {
        int step = 0; // the current page, counting from 1
        int total = 0; // pages on the way from the start to the end, for the answers so far
    };
    Progress progress() const;

    // A sign answered "yes" that needs the emergency number now.
    bool needsEmergencyHelp() const;
    // The answers so far need a doctor today.
    bool needsDoctorToday() const;
    // The person stopped at a warning instead of answering every question.
    bool stoppedEarly() const { return m_stoppedEarly; }

    // The signs that mean calling the emergency number straight away, whatever else is answered.
    static QStringList lifeThreateningFields();
    // Every profile field some page asks (so tests can check that the contract is covered).
    QStringList askedFields() const;

    QuestionPage *questionPage(int id) const;

public slots:
    // Ends the interview at a warning, straight to the result.
    void stopEarly();
    // Pages call this when an answer changes: the banner, the progress and the way ahead follow.
    void notifyAnswersChanged();

signals:
    void answersChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addQuestionPage(int id, QuestionPage *page);
    // The pages visited so far, the current one included.
    QList<int> pathSoFar() const;
    bool isPageRelevant(int id, const triage::SymptomProfile &answersSoFar) const;

    const triage::TriageEngine &m_engine;
    bool m_stoppedEarly = false;
};

} // namespace legcare::gui
