#include "reminders/ReminderDialog.h"

#include "settings/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace legcare::gui {

using reminders::Reminder;

namespace {

std::size_t indexOf(Reminder reminder)
{
    return static_cast<std::size_t>(reminder);
}

QString keyName(Reminder reminder)
{
    return reminder == Reminder::BedtimeRoutine ? QStringLiteral("BedtimeRoutine")
                                                : QStringLiteral("DiaryCheck");
}

// The locale's short time format without seconds ("21:30", "9:30 PM").
QString timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

} // namespace

ReminderDialog::ReminderDialog(Settings &settings, Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("Reminders"));

    auto *intro = new QLabel(
        tr("LegCare can remind you once a day, in the evening. It reminds you only while it is "
           "running (minimized is fine); it does not start by itself."),
        this);
    intro->setObjectName(QStringLiteral("reminderIntro"));
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(12);
    const QString format = timeFormat();
    for (const Reminder reminder : reminders::kAllReminders) {
        Row &row = m_rows[indexOf(reminder)];
        const bool bedtime = reminder == Reminder::BedtimeRoutine;
        row.enabled = new QCheckBox(bedtime ? tr("Remind me of my &bedtime stretching routine")
                                            : tr("Remind me to check my &diary in the evening"),
                                    this);
        row.enabled->setObjectName(QStringLiteral("reminderEnabled%1").arg(keyName(reminder)));
        row.enabled->setAccessibleName(bedtime ? tr("Bedtime routine reminder")
                                               : tr("Evening diary reminder"));
        row.time = new QTimeEdit(this);
        row.time->setObjectName(QStringLiteral("reminderTime%1").arg(keyName(reminder)));
        row.time->setDisplayFormat(format);
        row.time->setAccessibleName(bedtime ? tr("Time of the bedtime routine reminder")
                                            : tr("Time of the evening diary reminder"));
        row.next = new QLabel(this);
        row.next->setObjectName(QStringLiteral("reminderNext%1").arg(keyName(reminder)));
        row.next->setAccessibleName(bedtime ? tr("Next bedtime routine reminder")
                                            : tr("Next evening diary reminder"));
        row.next->setIndent(24);
        QPalette muted = row.next->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        row.next->setPalette(muted);

        const reminders::ReminderConfig config = m_settings.reminderConfig(reminder);
        row.enabled->setChecked(config.enabled);
        row.time->setTime(config.time);
        const int line = static_cast<int>(indexOf(reminder)) * 2;
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.time, line, 1);
        grid->addWidget(row.next, line + 1, 0, 1, 2);
        connect(row.enabled, &QCheckBox::toggled, this, [this, reminder] { updateRow(reminder); });
        connect(row.time, &QTimeEdit::timeChanged, this, [this, reminder] { updateRow(reminder); });
        updateRow(reminder);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *noTray = new QLabel(tr("Your desktop has no notification area, so reminders "
                                     "appear as a small message over LegCare's window."),
                                  this);
        noTray->setObjectName(QStringLiteral("reminderNoTrayNote"));
        noTray->setWordWrap(true);
        layout->addSpacing(8);
        layout->addWidget(noTray);
    }
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("reminderButtons"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the reminders"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(460);
}

ReminderDialog::~ReminderDialog() = default;

QCheckBox *ReminderDialog::enabledBox(Reminder reminder) const
{
    return m_rows[indexOf(reminder)].enabled;
}

QTimeEdit *ReminderDialog::timeEdit(Reminder reminder) const
{
    return m_rows[indexOf(reminder)].time;
}

QLabel *ReminderDialog::nextLabel(Reminder reminder) const
{
    return m_rows[indexOf(reminder)].next;
}

reminders::ReminderConfig ReminderDialog::edited(Reminder reminder) const
{
    const Row &row = m_rows[indexOf(reminder)];
    const QTime time = row.time->time();
    return {row.enabled->isChecked(), QTime(time.hour(), time.minute())};
}

void ReminderDialog::updateRow(Reminder reminder)
{
    const Row &row = m_rows[indexOf(reminder)];
    row.time->setEnabled(row.enabled->isChecked());
    row.next->setText(nextText(reminder));
}

QString ReminderDialog::nextText(Reminder reminder) const
{
    const reminders::ReminderConfig config = edited(reminder);
    if (!config.enabled)
        return tr("Off");
    const QDateTime now = m_clock();
    const QDate lastShown = reminders::lastShownAfterChange(
        m_settings.reminderConfig(reminder), config, m_settings.reminderLastShown(reminder), now);
    const reminders::ReminderState state = reminders::evaluate(config, lastShown, now);
    if (state.dueNow)
        return tr("Next reminder: now");
    if (!state.at.isValid())
        return {};
    const QString time = QLocale().toString(state.at.time(), timeFormat());
    if (state.at.date() == now.date())
        return tr("Next reminder: today at %1").arg(time);
    if (state.at.date() == now.date().addDays(1))
        return tr("Next reminder: tomorrow at %1").arg(time);
    return tr("Next reminder: %1").arg(QLocale().toString(state.at, QLocale::ShortFormat));
}

void ReminderDialog::accept()
{
    const QDateTime now = m_clock();
    for (const Reminder reminder : reminders::kAllReminders) {
        const reminders::ReminderConfig before = m_settings.reminderConfig(reminder);
        const reminders::ReminderConfig after = edited(reminder);
        const QDate lastShown = m_settings.reminderLastShown(reminder);
        m_settings.setReminderLastShown(
            reminder, reminders::lastShownAfterChange(before, after, lastShown, now));
        m_settings.setReminderConfig(reminder, after);
    }
    m_settings.sync();
    QDialog::accept();
}

} // namespace legcare::gui
