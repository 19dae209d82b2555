#include "wizard/SeverityPage.h"

#include "triage/SymptomProfile.h"
#include "wizard/QuestionWidgets.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace legcare::gui {

SeverityPage::SeverityPage(QWidget *parent)
    : QuestionPage(tr("How bad is it?"), {}, parent)
{
    const QString question = triage::fieldQuestion(QStringLiteral("severity"));
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("severity_slider"));
    m_slider->setRange(0, 10);
    m_slider->setPageStep(1);
    m_slider->setValue(0);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(question);
    label->setBuddy(m_slider);

    auto *none = new QLabel(tr("0 no pain"), this);
    auto *worst = new QLabel(tr("10 worst imaginable"), this);
    worst->setAlignment(Qt::AlignRight);
    for (QLabel *end : { none, worst })
        end->setForegroundRole(QPalette::PlaceholderText);

    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("severity_words"));
    QFont large = m_words->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    large.setBold(true);
    m_words->setFont(large);
    m_words->setAlignment(Qt::AlignHCenter);

    m_dontKnow = new QCheckBox(tr("Don't know"), this);
    m_dontKnow->setObjectName(QStringLiteral("severity_unknown"));
    m_dontKnow->setAccessibleName(tr("Don't know how bad it is"));

    auto *scale = new QGridLayout;
    scale->addWidget(m_slider, 0, 0, 1, 2);
    scale->addWidget(none, 1, 0);
    scale->addWidget(worst, 1, 1);

    m_dailyLife = ChoiceQuestion::yesNo(QStringLiteral("affects_daily_life"), this);

    body()->addWidget(label);
    body()->addLayout(scale);
    body()->addWidget(m_words);
    body()->addWidget(m_dontKnow);
    body()->addSpacing(12);
    body()->addWidget(m_dailyLife);
    body()->addStretch(1);

    connect(m_slider, &QSlider::actionTriggered, this, &SeverityPage::markAnswered);
    connect(m_slider, &QSlider::sliderPressed, this, &SeverityPage::markAnswered);
    connect(m_slider, &QSlider::valueChanged, this, &SeverityPage::updateWords);
    connect(m_dontKnow, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked)
            m_answered = false;
        updateWords();
        answersChanged();
    });
    connect(m_dailyLife, &ChoiceQuestion::changed, this, &SeverityPage::answersChanged);
    updateWords();
}

QString SeverityPage::severityWords(int value)
{
    if (value <= 0)
        return tr("%1 – no pain").arg(value);
    if (value <= 3)
        return tr("%1 – mild").arg(value);
    if (value <= 6)
        return tr("%1 – moderate").arg(value);
    if (value <= 8)
        return tr("%1 – severe").arg(value);
    return tr("%1 – very severe").arg(value);
}

void SeverityPage::markAnswered()
{
    m_answered = true;
    if (m_dontKnow->isChecked())
        m_dontKnow->setChecked(false); // toggled() refreshes
    updateWords();
    answersChanged();
}

void SeverityPage::updateWords()
{
    const QString text = m_answered ? severityWords(m_slider->value())
                                    : tr("Move the slider, or choose \"Don't know\".");
    m_words->setText(text);
    m_slider->setAccessibleDescription(text);
    if (m_answered)
        answersChanged();
}

QStringList SeverityPage::fields() const
{
    return { QStringLiteral("severity"), QStringLiteral("affects_daily_life") };
}

void SeverityPage::writeAnswers(triage::SymptomProfile &profile) const
{
    if (m_answered && !m_dontKnow->isChecked())
        profile.setNumber(QStringLiteral("severity"), m_slider->value());
    if (const std::optional<bool> affects = m_dailyLife->flag())
        profile.setBool(QStringLiteral("affects_daily_life"), *affects);
}

} // namespace legcare::gui
