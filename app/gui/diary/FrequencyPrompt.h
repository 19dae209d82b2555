#pragma once

#include <QFrame>

class QLabel;

namespace legcare::gui {

// The plain-words prompt shown when the diary crosses the threshold of frequent cramps
// (diary::kFrequentCrampsPerWeek): see a doctor, and run the symptom check.
class FrequencyPrompt final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrequencyPrompt)

public:
    explicit FrequencyPrompt(QWidget *parent = nullptr);

    // Shows the prompt with the counts behind it, or hides it when the threshold is not met.
    void update(bool thresholdMet, int lastSevenDays, double lastFourWeeksPerWeek);

signals:
    void symptomCheckRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_details = nullptr;
};

} // namespace legcare::gui
