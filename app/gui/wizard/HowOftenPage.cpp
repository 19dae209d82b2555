#include "wizard/HowOftenPage.h"

#include "triage/SymptomProfile.h"
#include "wizard/QuestionWidgets.h"

#include <QVBoxLayout>

namespace legcare::gui {

HowOftenPage::HowOftenPage(QWidget *parent)
    : QuestionPage(tr("How often?"), tr("Think of the last few weeks."), parent)
{
    // Choice ids are the episodes per week each answer stands for.
    m_frequency
        = new ChoiceQuestion(QStringLiteral("episodes_per_week"),
                             triage::fieldQuestion(QStringLiteral("episodes_per_week")),
                             { { QStringLiteral("0.1"), tr("A few times a year, or less") },
                               { QStringLiteral("0.5"), tr("1 to 3 times a month") },
                               { QStringLiteral("1"), tr("About once a week") },
                               { QStringLiteral("2"), tr("About twice a week") },
                               { QStringLiteral("4"), tr("3 to 6 times a week") },
                               { QStringLiteral("7"), tr("Every day or every night, or more") } },
                             true, Qt::Vertical, this);
    m_worsening = ChoiceQuestion::yesNo(QStringLiteral("worsening"), this);
    body()->addWidget(m_frequency);
    body()->addSpacing(8);
    body()->addWidget(m_worsening);
    body()->addStretch(1);
    connect(m_frequency, &ChoiceQuestion::changed, this, &HowOftenPage::answersChanged);
    connect(m_worsening, &ChoiceQuestion::changed, this, &HowOftenPage::answersChanged);
}

QStringList HowOftenPage::fields() const
{
    return { QStringLiteral("episodes_per_week"), QStringLiteral("worsening") };
}

void HowOftenPage::writeAnswers(triage::SymptomProfile &profile) const
{
    if (const std::optional<QString> perWeek = m_frequency->answer())
        profile.setNumber(QStringLiteral("episodes_per_week"), perWeek->toDouble());
    if (const std::optional<bool> worse = m_worsening->flag())
        profile.setBool(QStringLiteral("worsening"), *worse);
}

} // namespace legcare::gui
