#pragma once

#include "wizard/QuestionPage.h"

namespace legcare::gui {

class ChoiceQuestion;

// A page of yes / no / don't know questions, one per boolean profile field. Questions that the
// triage engine no longer finds relevant for the earlier answers are hidden and not written.
// Warning-sign pages require an answer to each question ("Don't know" counts) so that none is
// skipped by accident.
class FlagsPage final : public QuestionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagsPage)

public:
    FlagsPage(const QString &title, const QString &subTitle, const QStringList &keys,
              bool requireAnswers, QWidget *parent = nullptr);

    QStringList fields() const override { return m_keys; }
    void writeAnswers(triage::SymptomProfile &profile) const override;
    void initializePage() override;
    bool isComplete() const override;

private:
    QStringList m_keys;
    QList<ChoiceQuestion *> m_questions;
    bool m_requireAnswers;
};

} // namespace legcare::gui
