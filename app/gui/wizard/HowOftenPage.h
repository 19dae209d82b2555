#pragma once

#include "wizard/QuestionPage.h"

namespace legcare::gui {

class ChoiceQuestion;

// How often it happens (in words, stored as episodes per week) and whether it is getting worse.
class HowOftenPage final : public QuestionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HowOftenPage)

public:
    explicit HowOftenPage(QWidget *parent = nullptr);

    QStringList fields() const override;
    void writeAnswers(triage::SymptomProfile &profile) const override;

private:
    ChoiceQuestion *m_frequency = nullptr;
    ChoiceQuestion *m_worsening = nullptr;
};

} // namespace legcare::gui
