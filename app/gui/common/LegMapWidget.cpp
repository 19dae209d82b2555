#include "common/LegMapWidget.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace legcare::gui {

namespace {

constexpr int kNotSure = 3;

int sideButtonId(std::optional<LegSide> side)
{
    return side ? static_cast<int>(*side) : kNotSure;
}

} // namespace

LegMapWidget::LegMapWidget(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new LegMapCanvas(this))
{
    setObjectName(QStringLiteral("legMap"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("legMapStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignHCenter);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);

    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("legMapPlace"));
    m_place->setAccessibleName(tr("Place on the leg"));
    m_place->addItem(tr("Choose a place…"));
    for (kb::Location location : kb::allLocations())
        m_place->addItem(kb::locationName(location), kb::locationId(location));

    m_sides = new QButtonGroup(this);
    auto *sideRow = new QHBoxLayout;
    const QList<QPair<QString, QString>> sides = {
        { QStringLiteral("left"), tr("Left leg") },
        { QStringLiteral("right"), tr("Right leg") },
        { QStringLiteral("both"), tr("Both legs") },
        { QStringLiteral("unknown"), tr("Not sure") },
    };
    for (int i = 0; i < sides.size(); ++i) {
        auto *button = new QRadioButton(sides[i].second, this);
        button->setObjectName(QStringLiteral("legMapSide_%1").arg(sides[i].first));
        button->setAccessibleName(tr("Side: %1").arg(sides[i].second));
        m_sides->addButton(button, i);
        sideRow->addWidget(button);
    }
    sideRow->addStretch(1);
    m_sides->button(kNotSure)->setChecked(true);

    auto *placeLabel = new QLabel(tr("&Place:"), this);
    placeLabel->setBuddy(m_place);
    auto *sideLabel = new QLabel(tr("Side:"), this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(placeLabel, m_place);
    form->addRow(sideLabel, sideRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_status);
    layout->addLayout(form);

    connect(m_canvas, &LegMapCanvas::selectionChanged, this, &LegMapWidget::syncFromCanvas);
    connect(m_canvas, &LegMapCanvas::cursorMoved, this, &LegMapWidget::updateTexts);
    connect(m_place, &QComboBox::currentIndexChanged, this, &LegMapWidget::syncFromControls);
    connect(m_sides, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            syncFromControls();
    });
    updateTexts();
}

std::optional<kb::Location> LegMapWidget::location() const
{
    return m_canvas->location();
}

std::optional<LegSide> LegMapWidget::side() const
{
    return m_canvas->side();
}

void LegMapWidget::setSelection(std::optional<kb::Location> location, std::optional<LegSide> side)
{
    m_canvas->setSelection(location, side);
    syncFromCanvas();
}

QString LegMapWidget::selectionText() const
{
    const std::optional<kb::Location> place = location();
    if (!place)
        return tr("Click where it hurts or cramps, or choose below.");
    const std::optional<LegSide> chosen = side();
    if (!chosen)
        return tr("Chosen: %1 (side not given)").arg(kb::locationName(*place));
    return tr("Chosen: %1, %2").arg(kb::locationName(*place), legSideName(*chosen));
}

void LegMapWidget::syncFromCanvas()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const std::optional<kb::Location> place = m_canvas->location();
    m_place->setCurrentIndex(place ? m_place->findData(kb::locationId(*place)) : 0);
    m_sides->button(sideButtonId(m_canvas->side()))->setChecked(true);
    m_syncing = false;
    updateTexts();
    emit selectionChanged();
}

void LegMapWidget::syncFromControls()
{
    if (m_syncing)
        return;
    const std::optional<kb::Location> place = kb::parseLocation(m_place->currentData().toString());
    const int sideId = m_sides->checkedId();
    std::optional<LegSide> chosen;
    if (sideId >= 0 && sideId != kNotSure)
        chosen = static_cast<LegSide>(sideId);
    m_syncing = true;
    m_canvas->setSelection(place, chosen);
    m_syncing = false;
    updateTexts();
    emit selectionChanged();
}

void LegMapWidget::updateTexts()
{
    const QString selection = selectionText();
    m_status->setText(selection);
    QString description = selection;
    if (m_canvas->hasFocus())
        description += QLatin1Char(' ') + tr("On the map: %1.").arg(m_canvas->cursorDescription());
    description += QLatin1Char(' ')
        + tr("Arrow keys move between places, Space chooses, L, R or B picks the left leg, the "
             "right leg or both.");
    m_canvas->setAccessibleDescription(description);
    QAccessibleEvent event(m_canvas, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace legcare::gui
