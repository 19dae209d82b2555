#pragma once

#include "wizard/QuestionPage.h"

class QSpinBox;

namespace legcare::gui {

class ChoiceQuestion;

// Age and sex, asked early: some causes and some warnings depend on them.
class AboutYouPage final : public QuestionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutYouPage)

public:
    explicit AboutYouPage(QWidget *parent = nullptr);

    QStringList fields() const override;
    void writeAnswers(triage::SymptomProfile &profile) const override;

private:
    QSpinBox *m_age = nullptr;
    ChoiceQuestion *m_sex = nullptr;
};

} // namespace legcare::gui
