#pragma once

#include "wizard/QuestionPage.h"

namespace legcare::gui {

class LegMapWidget;

// Where it is: the leg map (front and back, left and right) and its list of places. A place is
// required; the side may be left as "not sure".
class WherePage final : public QuestionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WherePage)

public:
    explicit WherePage(QWidget *parent = nullptr);

    QStringList fields() const override;
    void writeAnswers(triage::SymptomProfile &profile) const override;
    bool isComplete() const override;

    LegMapWidget *legMap() const { return m_map; }

private:
    LegMapWidget *m_map = nullptr;
};

} // namespace legcare::gui
