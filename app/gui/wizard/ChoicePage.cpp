#include "wizard/ChoicePage.h"

#include "triage/SymptomProfile.h"
#include "wizard/QuestionWidgets.h"

#include <QVBoxLayout>

namespace legcare::gui {

ChoicePage::ChoicePage(const QString &title, const QString &key, bool offerDontKnow,
                       QWidget *parent)
    : QuestionPage(title, {}, parent)
    , m_key(key)
    , m_required(!offerDontKnow)
    , m_question(ChoiceQuestion::forChoiceField(key, offerDontKnow, this))
{
    body()->addWidget(m_question);
    body()->addStretch(1);
    connect(m_question, &ChoiceQuestion::changed, this, &ChoicePage::answersChanged);
}

void ChoicePage::writeAnswers(triage::SymptomProfile &profile) const
{
    if (const std::optional<QString> answer = m_question->answer())
        profile.setChoice(m_key, *answer);
}

bool ChoicePage::isComplete() const
{
    return !m_required || m_question->answer().has_value();
}

} // namespace legcare::gui
