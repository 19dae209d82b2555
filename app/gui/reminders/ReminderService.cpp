#include "reminders/ReminderService.h"

#include "common/Icons.h"
#include "reminders/ReminderDialog.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

Q_LOGGING_CATEGORY(lcReminders, "legcare.reminders", QtWarningMsg)

namespace legcare::gui {

using reminders::Reminder;

namespace {

constexpr int kTrayMessageMs = 15 * 1000;

std::size_t indexOf(Reminder reminder)
{
    return static_cast<std::size_t>(reminder);
}

} // namespace

ReminderService::ReminderService(Settings &settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("reminderService"));
    m_timer->setObjectName(QStringLiteral("reminderTimer"));
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::checkNow);
    m_timer->start();
    // The first check once the event loop runs, so the window is up (and a test has had the
    // chance to set its clock).
    QTimer::singleShot(0, this, &ReminderService::reload);
}

ReminderService::~ReminderService()
{
    delete m_tray; // before the menu it shows
    m_tray = nullptr;
}

void ReminderService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ReminderService::setNotifier(Notifier notifier)
{
    m_notifier = std::move(notifier);
}

void ReminderService::reload()
{
    updateTrayIcon();
    checkNow();
}

void ReminderService::checkNow()
{
    const QDateTime now = m_clock();
    for (const Reminder reminder : reminders::kAllReminders) {
        const reminders::ReminderState state = reminders::evaluate(
            m_settings.reminderConfig(reminder), m_settings.reminderLastShown(reminder), now);
        if (!state.dueNow)
            continue;
        // Stored first: a crash or a restart while it shows never repeats it the same day.
        m_settings.setReminderLastShown(reminder, state.day);
        m_settings.sync();
        show(reminder);
    }
}

void ReminderService::show(Reminder reminder)
{
    const QString title = reminders::ReminderText::title(reminder);
    const QString text = reminders::ReminderText::message(reminder);
    qCInfo(lcReminders) << "showing reminder" << static_cast<int>(reminder);
    m_pending = reminder;
    if (m_notifier) {
        m_notifier(reminder, title, text);
    } else {
        updateTrayIcon(); // the panel may have started after LegCare
        if (m_tray)
            m_tray->showMessage(title, text, notificationIcon(), kTrayMessageMs);
        else
            showNotice(reminder, title, text);
    }
    emit reminderShown(reminder, title, text);
}

void ReminderService::showNotice(Reminder reminder, const QString &title, const QString &text)
{
    // Without a notification area: a notice over the window that neither blocks it nor takes the
    // keyboard from whatever the person is typing, and the taskbar entry asks for attention.
    QPointer<QMessageBox> &notice = m_notices[indexOf(reminder)];
    if (notice)
        notice->close();
    auto *box = new QMessageBox(QMessageBox::Information, tr("LegCare reminder"),
                                QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                                    .arg(title.toHtmlEscaped(), text.toHtmlEscaped()),
                                QMessageBox::NoButton, m_window);
    box->setTextFormat(Qt::RichText);
    box->setObjectName(QStringLiteral("reminderNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAttribute(Qt::WA_ShowWithoutActivating);
    box->setWindowModality(Qt::NonModal);
    QPushButton *open = box->addButton(tr("Open"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("reminderOpenButton"));
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(open);
    connect(box, &QMessageBox::buttonClicked, this, [this, reminder, open](QAbstractButton *clicked) {
        if (clicked == open)
            openReminder(reminder);
    });
    notice = box;
    box->show();
    QApplication::alert(m_window);
}

void ReminderService::openReminder(Reminder reminder)
{
    m_pending.reset();
    if (QMessageBox *notice = m_notices[indexOf(reminder)])
        notice->close();
    bringWindowToFront();
    switch (reminder) {
    case Reminder::BedtimeRoutine:
        emit routineRequested(QLatin1String(reminders::kBedtimeRoutineId));
        break;
    case Reminder::DiaryCheck:
        emit diaryRequested();
        break;
    }
}

void ReminderService::editReminders()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ReminderDialog(m_settings, m_clock, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &ReminderService::reload);
    m_dialog->open();
}

QIcon ReminderService::notificationIcon() const
{
    const QIcon icon = m_window->windowIcon();
    return icon.isNull() ? icons::window() : icon;
}

void ReminderService::updateTrayIcon()
{
    bool anyOn = false;
    for (const Reminder reminder : reminders::kAllReminders)
        anyOn = anyOn || m_settings.reminderConfig(reminder).enabled;
    const bool wanted = anyOn && !m_notifier && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;

    m_trayMenu = std::make_unique<QMenu>();
    m_trayMenu->setObjectName(QStringLiteral("reminderTrayMenu"));
    m_trayMenu->addAction(tr("Open LegCare"), this, &ReminderService::bringWindowToFront);
    m_trayMenu->addAction(tr("Reminders…"), this, [this] {
        bringWindowToFront();
        editReminders();
    });
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(tr("Quit"), m_window, &QWidget::close);

    m_tray = new QSystemTrayIcon(notificationIcon(), this);
    m_tray->setObjectName(QStringLiteral("reminderTrayIcon"));
    m_tray->setToolTip(tr("LegCare: daily reminders are on"));
    m_tray->setContextMenu(m_trayMenu.get());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_pending)
            openReminder(*m_pending);
        else
            bringWindowToFront();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
        if (why == QSystemTrayIcon::Context)
            return;
        if (m_pending)
            openReminder(*m_pending);
        else
            bringWindowToFront();
    });
    m_tray->show();
}

void ReminderService::bringWindowToFront()
{
    if (m_window->isMinimized())
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace legcare::gui
