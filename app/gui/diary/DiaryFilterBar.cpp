#include "diary/DiaryFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace legcare::gui {

namespace {

constexpr int kAnyLocation = -1;

QDateEdit *dateEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1970, 1, 1));
    return edit;
}

} // namespace

DiaryFilterBar::DiaryFilterBar(QWidget *parent, const QDate &today)
    : QWidget(parent)
    , m_today(today.isValid() ? today : QDate::currentDate())
{
    setObjectName(QStringLiteral("diaryFilterBar"));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("diaryPeriod"));
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItem(tr("Last 30 days"), Last30Days);
    m_preset->addItem(tr("Last 90 days"), Last90Days);
    m_preset->addItem(tr("Everything"), Everything);
    m_preset->addItem(tr("Dates below"), Custom);

    m_from = dateEdit(QStringLiteral("diaryFrom"), tr("From date"), this);
    m_to = dateEdit(QStringLiteral("diaryTo"), tr("To date"), this);

    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("diaryLocation"));
    m_location->setAccessibleName(tr("Place on the leg"));
    m_location->addItem(tr("Everywhere"), kAnyLocation);
    for (kb::Location location : kb::allLocations())
        m_location->addItem(kb::locationName(location), static_cast<int>(location));

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *placeLabel = new QLabel(tr("P&lace:"), this);
    placeLabel->setBuddy(m_location);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(periodLabel);
    layout->addWidget(m_preset);
    layout->addSpacing(8);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(placeLabel);
    layout->addWidget(m_location);
    layout->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        emit filterChanged();
    });
    const auto datesEdited = [this] {
        if (m_updating)
            return;
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(Custom));
        emit filterChanged();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_location, &QComboBox::currentIndexChanged, this, &DiaryFilterBar::filterChanged);

    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(m_preset->findData(Everything));
    applyPreset();
}

void DiaryFilterBar::applyPreset()
{
    if (m_updating)
        return;
    m_updating = true;
    const auto preset = static_cast<Preset>(m_preset->currentData().toInt());
    if (preset == Last30Days || preset == Last90Days) {
        m_from->setDate(m_today.addDays(preset == Last30Days ? -29 : -89));
        m_to->setDate(m_today);
    } else if (preset == Everything) {
        m_from->setDate(m_earliest.isValid() ? m_earliest : m_today);
        m_to->setDate(m_today);
    }
    m_from->setEnabled(preset != Everything);
    m_to->setEnabled(preset != Everything);
    m_updating = false;
}

diary::EpisodeFilter DiaryFilterBar::filter() const
{
    diary::EpisodeFilter result;
    if (m_preset->currentData().toInt() != Everything) {
        result.from = std::min(m_from->date(), m_to->date());
        result.to = std::max(m_from->date(), m_to->date());
    }
    const int location = m_location->currentData().toInt();
    if (location != kAnyLocation)
        result.location = static_cast<kb::Location>(location);
    return result;
}

void DiaryFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(preset));
}

void DiaryFilterBar::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockPreset(m_preset);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_preset->setCurrentIndex(m_preset->findData(Custom));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    emit filterChanged();
}

void DiaryFilterBar::setEarliest(const QDate &date)
{
    m_earliest = date;
    if (m_preset->currentData().toInt() == Everything) {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(date);
    }
}

void DiaryFilterBar::setLocation(std::optional<kb::Location> location)
{
    m_location->setCurrentIndex(
        m_location->findData(location ? static_cast<int>(*location) : kAnyLocation));
}

} // namespace legcare::gui
