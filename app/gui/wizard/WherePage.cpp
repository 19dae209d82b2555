#include "wizard/WherePage.h"

#include "common/LegMapWidget.h"
#include "triage/SymptomProfile.h"

#include <QVBoxLayout>

namespace legcare::gui {

WherePage::WherePage(QWidget *parent)
    : QuestionPage(tr("Where is it?"),
                   tr("Click the place where you feel it most, on the front or the back view. "
                      "Click the same place on the other leg if both legs are affected."),
                   parent)
    , m_map(new LegMapWidget(this))
{
    body()->addWidget(m_map, 1);
    connect(m_map, &LegMapWidget::selectionChanged, this, &WherePage::answersChanged);
}

QStringList WherePage::fields() const
{
    return { QStringLiteral("location"), QStringLiteral("side") };
}

void WherePage::writeAnswers(triage::SymptomProfile &profile) const
{
    if (const std::optional<kb::Location> location = m_map->location())
        profile.setChoice(QStringLiteral("location"), kb::locationId(*location));
    if (const std::optional<LegSide> side = m_map->side())
        profile.setChoice(QStringLiteral("side"), legSideId(*side));
}

bool WherePage::isComplete() const
{
    return m_map->location().has_value();
}

} // namespace legcare::gui
