#include "wizard/QuestionWidgets.h"

#include "triage/SymptomProfile.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>

namespace legcare::gui {

namespace {

const QString kUnknown = QStringLiteral("unknown");

} // namespace

Explanation::Explanation(const QString &objectNamePrefix, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectNamePrefix + QStringLiteral("_explain"));
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(objectNamePrefix + QStringLiteral("_explainButton"));
    m_toggle->setText(tr("What does this mean?"));
    m_toggle->setAccessibleName(tr("What does this mean?"));
    m_toggle->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(text);

    m_text = new QLabel(text, this);
    m_text->setObjectName(objectNamePrefix + QStringLiteral("_explanation"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                         "border-left: 3px solid palette(highlight); "
                                         "padding: 6px; }"));
    m_text->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    connect(m_toggle, &QToolButton::toggled, this, &Explanation::setExpanded);
    setVisible(!text.isEmpty());
}

bool Explanation::isExpanded() const
{
    return m_text->isVisibleTo(this);
}

void Explanation::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_text->setVisible(expanded);
}

ChoiceQuestion::ChoiceQuestion(const QString &key, const QString &question,
                               const QList<Choice> &choices, bool offerDontKnow,
                               Qt::Orientation orientation, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_group(new QButtonGroup(this))
{
    setObjectName(key + QStringLiteral("_question"));
    auto *label = new QLabel(question, this);
    label->setObjectName(key + QStringLiteral("_label"));
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);

    QList<Choice> all = choices;
    if (offerDontKnow)
        all.append({ kUnknown, tr("Don't know") });
    auto *buttons = new QBoxLayout(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight
                                                                 : QBoxLayout::TopToBottom);
    buttons->setSpacing(orientation == Qt::Horizontal ? 18 : 4);
    for (int i = 0; i < all.size(); ++i) {
        auto *button = new QRadioButton(all[i].label, this);
        button->setObjectName(key + QLatin1Char('_') + all[i].id);
        button->setAccessibleName(all[i].label);
        button->setAccessibleDescription(question);
        m_group->addButton(button, i);
        m_ids.append(all[i].id);
        buttons->addWidget(button);
    }
    if (orientation == Qt::Horizontal)
        buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(new Explanation(key, triage::fieldExplanation(key), this));
    layout->addLayout(buttons);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            emit changed();
    });
}

ChoiceQuestion *ChoiceQuestion::yesNo(const QString &key, QWidget *parent)
{
    return new ChoiceQuestion(
        key, triage::fieldQuestion(key),
        { { QStringLiteral("yes"), tr("Yes") }, { QStringLiteral("no"), tr("No") } }, true,
        Qt::Horizontal, parent);
}

ChoiceQuestion *ChoiceQuestion::forChoiceField(const QString &key, bool offerDontKnow,
                                               QWidget *parent)
{
    QList<Choice> choices;
    if (const triage::FieldSpec *spec = triage::profileField(key)) {
        for (const QString &id : spec->choices)
            choices.append({ id, triage::choiceLabel(key, id) });
    }
    return new ChoiceQuestion(key, triage::fieldQuestion(key), choices, offerDontKnow, Qt::Vertical,
                              parent);
}

std::optional<QString> ChoiceQuestion::answer() const
{
    const int id = m_group->checkedId();
    if (id < 0 || m_ids[id] == kUnknown)
        return std::nullopt;
    return m_ids[id];
}

bool ChoiceQuestion::isAnswered() const
{
    return m_group->checkedId() >= 0;
}

std::optional<bool> ChoiceQuestion::flag() const
{
    const std::optional<QString> chosen = answer();
    if (!chosen)
        return std::nullopt;
    return *chosen == QLatin1String("yes");
}

} // namespace legcare::gui
