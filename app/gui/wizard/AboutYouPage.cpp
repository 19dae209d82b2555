#include "wizard/AboutYouPage.h"

#include "triage/SymptomProfile.h"
#include "wizard/QuestionWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace legcare::gui {

AboutYouPage::AboutYouPage(QWidget *parent)
    : QuestionPage(tr("About you"), tr("Some causes of leg pain and cramps depend on age and sex."),
                   parent)
{
    auto *ageLabel = new QLabel(triage::fieldQuestion(QStringLiteral("age")), this);
    QFont bold = ageLabel->font();
    bold.setBold(true);
    ageLabel->setFont(bold);
    m_age = new QSpinBox(this);
    m_age->setObjectName(QStringLiteral("age_spin"));
    // 0 stands for "don't know": the profile's ages start at 1.
    m_age->setRange(0, 120);
    m_age->setSpecialValueText(tr("Don't know"));
    m_age->setSuffix(tr(" years"));
    m_age->setAccessibleName(triage::fieldQuestion(QStringLiteral("age")));
    m_age->setAccessibleDescription(tr("Leave at \"Don't know\" if you prefer not to say."));
    m_age->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    ageLabel->setBuddy(m_age);
    auto *ageRow = new QHBoxLayout;
    ageRow->addWidget(m_age);
    ageRow->addStretch(1);

    m_sex = ChoiceQuestion::forChoiceField(QStringLiteral("sex"), true, this);

    body()->addWidget(ageLabel);
    body()->addLayout(ageRow);
    body()->addSpacing(8);
    body()->addWidget(m_sex);
    body()->addStretch(1);

    connect(m_age, &QSpinBox::valueChanged, this, &AboutYouPage::answersChanged);
    connect(m_sex, &ChoiceQuestion::changed, this, &AboutYouPage::answersChanged);
}

QStringList AboutYouPage::fields() const
{
    return { QStringLiteral("age"), QStringLiteral("sex") };
}

void AboutYouPage::writeAnswers(triage::SymptomProfile &profile) const
{
    if (m_age->value() > 0)
        profile.setNumber(QStringLiteral("age"), m_age->value());
    if (const std::optional<QString> sex = m_sex->answer())
        profile.setChoice(QStringLiteral("sex"), *sex);
}

} // namespace legcare::gui
