#include "SingleInstance.h"

#include <QApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QLoggingCategory>
#include <QWidget>

namespace legcare::gui {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "legcare.gui.instance")

constexpr int kActivateTimeoutMs = 5000;

const QString kActivationToken = QStringLiteral("activation-token"); // Wayland (xdg-activation)
const QString kStartupId = QStringLiteral("desktop-startup-id"); // X11 startup notification

} // namespace

// org.freedesktop.Application on the exported object: Activate only (LegCare opens no files and
// has no actions to offer). Open and ActivateAction answer with an error, as the bus does for
// any method an object lacks.
class ApplicationAdaptor final : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")
    Q_DISABLE_COPY_MOVE(ApplicationAdaptor)

public:
    explicit ApplicationAdaptor(SingleInstance *owner)
        : QDBusAbstractAdaptor(owner)
        , m_owner(owner)
    {
    }

public slots:
    // NOLINTNEXTLINE(readability-identifier-naming): the D-Bus method's name
    void Activate(const QVariantMap &platformData) { m_owner->activate(platformData); }

private:
    SingleInstance *m_owner;
};

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
    new ApplicationAdaptor(this);
}

SingleInstance::~SingleInstance()
{
    if (!m_registered)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterObject(QLatin1String(kObjectPath));
    bus.unregisterService(QLatin1String(kServiceName));
}

void SingleInstance::connectToBus()
{
    // Qt D-Bus keeps one session connection per process and makes it under a lock; which thread
    // asks first does not matter.
    QDBusConnection::sessionBus();
}

SingleInstance::Outcome SingleInstance::claim()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcInstance) << "No D-Bus session bus; running without the single-instance check:"
                           << bus.lastError().message();
        return Outcome::Alone;
    }
    const QString service = QLatin1String(kServiceName);
    // The object first, so that Activate works from the moment the name is ours.
    if (!bus.registerObject(QLatin1String(kObjectPath), this, QDBusConnection::ExportAdaptors)) {
        qCInfo(lcInstance) << "Could not export the application object; running on its own:"
                           << bus.lastError().message();
        return Outcome::Alone;
    }
    // Taking the name is atomic on the bus: of two launches at once, exactly one gets it.
    if (bus.registerService(service)) {
        m_registered = true;
        qCInfo(lcInstance) << "Registered" << service << "on the session bus";
        return Outcome::Primary;
    }
    bus.unregisterObject(QLatin1String(kObjectPath));

    QVariantMap platformData;
    const QByteArray token = qgetenv("XDG_ACTIVATION_TOKEN");
    if (!token.isEmpty())
        platformData.insert(kActivationToken, QString::fromUtf8(token));
    const QByteArray startupId = qgetenv("DESKTOP_STARTUP_ID");
    if (!startupId.isEmpty())
        platformData.insert(kStartupId, QString::fromUtf8(startupId));

    QDBusMessage call = QDBusMessage::createMethodCall(
        service, QLatin1String(kObjectPath), QLatin1String(kInterface), QStringLiteral("Activate"));
    call << platformData;
    const QDBusMessage reply = bus.call(call, QDBus::Block, kActivateTimeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage) {
        qCInfo(lcInstance) << "LegCare is already running; asked it to come to the front";
        return Outcome::ActivatedOther;
    }
    // The owner did not answer (hung, or another program holds the name): better a second
    // window than none.
    qCWarning(lcInstance) << "LegCare seems to be running but did not answer; starting anyway:"
                          << reply.errorMessage();
    return Outcome::Alone;
}

void SingleInstance::setWindow(QWidget *window)
{
    m_window = window;
}

void SingleInstance::activate(const QVariantMap &platformData)
{
    // Lets the window system accept the focus request that the second launch was given.
    const QString token = platformData.value(kActivationToken).toString();
    if (!token.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
    const QString startupId = platformData.value(kStartupId).toString();
    if (!startupId.isEmpty())
        qputenv("DESKTOP_STARTUP_ID", startupId.toUtf8());

    qCInfo(lcInstance) << "Another launch asked LegCare to come to the front";
    QWidget *target = QApplication::activeModalWidget();
    if (!target)
        target = m_window;
    if (target)
        bringToFront(target);
    emit activationRequested();
}

void SingleInstance::bringToFront(QWidget *window)
{
    if (!window)
        return;
    if (window->isMinimized())
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace legcare::gui

#include "SingleInstance.moc"
