#pragma once

#include "wizard/QuestionPage.h"

namespace legcare::gui {

class ChoiceQuestion;

// A page with one choice field of the profile ("when", "episode_length", "complaint"). A
// required field (complaint) has no "Don't know" and must be answered to go on.
class ChoicePage final : public QuestionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoicePage)

public:
    ChoicePage(const QString &title, const QString &key, bool offerDontKnow,
               QWidget *parent = nullptr);

    QStringList fields() const override { return { m_key }; }
    void writeAnswers(triage::SymptomProfile &profile) const override;
    bool isComplete() const override;

private:
    QString m_key;
    bool m_required;
    ChoiceQuestion *m_question = nullptr;
};

} // namespace legcare::gui
