#include "diary/DayLine.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace legcare::gui {

DayLine::DayLine(diary::DiaryStore &store, QWidget *parent, const QDate &today)
    : QWidget(parent)
    , m_store(store)
    , m_today(today.isValid() ? today : QDate::currentDate())
{
    setObjectName(QStringLiteral("diaryDayLine"));

    auto *title = new QLabel(tr("<b>Today</b>"), this);
    m_water = new QSpinBox(this);
    m_water->setObjectName(QStringLiteral("waterToday"));
    m_water->setAccessibleName(tr("Water drunk today, in millilitres"));
    m_water->setRange(0, 20000);
    m_water->setSingleStep(250);
    m_water->setSuffix(tr(" ml"));
    m_water->setSpecialValueText(tr("not recorded"));
    auto *waterLabel = new QLabel(tr("&Water drunk:"), this);
    waterLabel->setBuddy(m_water);

    m_routine = new QCheckBox(tr("&Routine done today"), this);
    m_routine->setObjectName(QStringLiteral("routineToday"));
    m_routine->setAccessibleName(tr("Stretching routine done today"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dayStatus"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(waterLabel);
    layout->addWidget(m_water);
    layout->addSpacing(8);
    layout->addWidget(m_routine);
    layout->addWidget(m_status, 1);

    reload();
    connect(m_water, &QSpinBox::editingFinished, this, &DayLine::save);
    connect(m_water, &QSpinBox::valueChanged, this, [this] {
        if (!m_water->hasFocus()) // arrows and wheel without typing: save now
            save();
    });
    connect(m_routine, &QCheckBox::toggled, this, &DayLine::save);
}

void DayLine::reload()
{
    m_loading = true;
    const std::optional<diary::DiaryStore::Day> day = m_store.day(m_today);
    m_water->setValue(day && day->waterMl ? *day->waterMl : 0);
    m_routine->setChecked(day && day->routineDone);
    m_loading = false;
}

void DayLine::save()
{
    if (m_loading)
        return;
    diary::DiaryStore::Day day;
    day.date = m_today;
    if (m_water->value() > 0)
        day.waterMl = m_water->value();
    day.routineDone = m_routine->isChecked();
    const std::optional<diary::DiaryStore::Day> stored = m_store.day(m_today);
    if (stored && stored->waterMl == day.waterMl && stored->routineDone == day.routineDone)
        return;
    if (!stored && !day.waterMl && !day.routineDone)
        return;
    QString error;
    if (!m_store.setDay(day, &error)) {
        m_status->setText(tr("Not saved: %1").arg(error));
        return;
    }
    m_status->setText(tr("Saved."));
    emit daySaved();
}

} // namespace legcare::gui
