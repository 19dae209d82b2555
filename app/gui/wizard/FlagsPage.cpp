#include "wizard/FlagsPage.h"

#include "triage/TriageEngine.h"
#include "wizard/QuestionWidgets.h"
#include "wizard/SymptomWizard.h"

#include <QFrame>
#include <QVBoxLayout>

namespace legcare::gui {

FlagsPage::FlagsPage(const QString &title, const QString &subTitle, const QStringList &keys,
                     bool requireAnswers, QWidget *parent)
    : QuestionPage(title, subTitle, parent)
    , m_keys(keys)
    , m_requireAnswers(requireAnswers)
{
    for (const QString &key : keys) {
        if (!m_questions.isEmpty()) {
            auto *line = new QFrame(this);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            line->setObjectName(key + QStringLiteral("_separator"));
            body()->addWidget(line);
        }
        auto *question = ChoiceQuestion::yesNo(key, this);
        connect(question, &ChoiceQuestion::changed, this, &FlagsPage::answersChanged);
        m_questions.append(question);
        body()->addWidget(question);
    }
    body()->addStretch(1);
}

void FlagsPage::initializePage()
{
    // Hide the questions (and the line above each) that the earlier answers make irrelevant.
    const triage::SymptomProfile soFar
        = symptomWizard() ? symptomWizard()->answers() : triage::SymptomProfile();
    bool first = true;
    for (ChoiceQuestion *question : std::as_const(m_questions)) {
        const bool relevant = triage::TriageEngine::isRelevant(question->key(), soFar);
        question->setVisible(relevant);
        if (QWidget *line = findChild<QWidget *>(question->key() + QStringLiteral("_separator")))
            line->setVisible(relevant && !first);
        if (relevant)
            first = false;
    }
    QuestionPage::initializePage();
}

void FlagsPage::writeAnswers(triage::SymptomProfile &profile) const
{
    for (const ChoiceQuestion *question : m_questions) {
        const std::optional<bool> answer = question->flag();
        if (answer && triage::TriageEngine::isRelevant(question->key(), profile))
            profile.setBool(question->key(), *answer);
    }
}

bool FlagsPage::isComplete() const
{
    if (!m_requireAnswers)
        return true;
    for (const ChoiceQuestion *question : m_questions) {
        if (question->isVisibleTo(this) && !question->isAnswered())
            return false;
    }
    return true;
}

} // namespace legcare::gui
