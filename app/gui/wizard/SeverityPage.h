#pragma once

#include "wizard/QuestionPage.h"

class QCheckBox;
class QLabel;
class QSlider;

namespace legcare::gui {

class ChoiceQuestion;

// How bad it is at its worst, on a 0–10 slider with words, and whether it stops daily life. The
// slider counts as answered once it is moved, clicked or keyed; "Don't know" takes that back.
class SeverityPage final : public QuestionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeverityPage)

public:
    explicit SeverityPage(QWidget *parent = nullptr);

    QStringList fields() const override;
    void writeAnswers(triage::SymptomProfile &profile) const override;

    // The words for a point of the scale ("7 – severe").
    static QString severityWords(int value);

private:
    void markAnswered();
    void updateWords();

    QSlider *m_slider = nullptr;
    QLabel *m_words = nullptr;
    QCheckBox *m_dontKnow = nullptr;
    ChoiceQuestion *m_dailyLife = nullptr;
    bool m_answered = false;
};

} // namespace legcare::gui
