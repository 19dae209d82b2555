#include "SingleInstance.h"

#include <QApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <QWidget>

#include <cerrno>

#include <sys/file.h>

namespace legcare::gui {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "legcare.gui.instance", QtWarningMsg)

constexpr int kActivateTimeoutMs = 5000;
// How long a launch that finds the lock held waits for its holder to be on the bus: the holder
// takes the name after its first frame, a fraction of a second after it took the lock.
constexpr int kOwnerWaitMs = 5000;
constexpr int kOwnerPollMs = 50;

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
    : SingleInstance(qEnvironmentVariable("XDG_RUNTIME_DIR"), parent)
{
}

SingleInstance::SingleInstance(const QString &runtimeDir, QObject *parent)
    : QObject(parent)
    , m_runtimeDir(runtimeDir)
{
    new ApplicationAdaptor(this);
}

SingleInstance::~SingleInstance()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(QLatin1String(kObjectPath));
        bus.unregisterService(QLatin1String(kServiceName));
    }
    // Closing m_lock releases the lock. The file stays: removing it would let a launch that has
    // just opened it lock a file no later launch sees.
}

void SingleInstance::connectToBus()
{
    // Qt D-Bus keeps one session connection per process and makes it under a lock; which thread
    // asks first does not matter.
    QDBusConnection::sessionBus();
}

QString SingleInstance::lockPath() const
{
    if (m_runtimeDir.isEmpty())
        return {};
    return QDir(m_runtimeDir).filePath(QLatin1String(kServiceName) + QLatin1String(".lock"));
}

SingleInstance::Outcome SingleInstance::claim()
{
    const QString path = lockPath();
    if (!path.isEmpty()) {
        // An advisory lock on an open file (flock): the kernel holds it for as long as the file
        // is open, and releases it however the process ends, so a LegCare that crashed or was
        // killed leaves nothing that needs judging stale. Nothing is written or synced to disk.
        auto lock = std::make_unique<QFile>(path);
        if (lock->open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            // Its owner's business only, like everything else of LegCare's.
            lock->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            const int locked = ::flock(lock->handle(), LOCK_EX | LOCK_NB);
            const int error = locked == 0 ? 0 : errno;
            if (locked == 0) {
                m_lock = std::move(lock);
                m_primary = true;
                qCInfo(lcInstance) << "Holding" << path;
                return Outcome::Primary;
            }
            if (error == EWOULDBLOCK) {
                qCInfo(lcInstance) << "Another LegCare holds" << path;
                return activateOwner(kOwnerWaitMs);
            }
            qCInfo(lcInstance) << "Cannot lock" << path << ":" << qt_error_string(error)
                               << "; the session bus decides";
        } else {
            qCInfo(lcInstance) << "Cannot open" << path << ":" << lock->errorString()
                               << "; the session bus decides";
        }
    }
    switch (registerOnBus()) {
    case Registration::Owner:
        m_primary = true;
        return Outcome::Primary;
    case Registration::Taken:
        return activateOwner(0);
    case Registration::Unavailable:
        break;
    }
    return Outcome::Alone;
}

bool SingleInstance::listen()
{
    if (m_registered || !m_primary)
        return m_registered;
    switch (registerOnBus()) {
    case Registration::Owner:
        return true;
    case Registration::Taken:
        // Something else holds the name (the lock says that no other LegCare of this user
        // runs): later launches find this one by its lock but cannot reach it.
        qCWarning(lcInstance) << "Another program holds" << QLatin1String(kServiceName)
                              << "on the session bus; later launches cannot bring LegCare to the"
                                 " front";
        return false;
    case Registration::Unavailable:
        break;
    }
    return false;
}

SingleInstance::Registration SingleInstance::registerOnBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcInstance) << "No D-Bus session bus; running without the single-instance check:"
                           << bus.lastError().message();
        return Registration::Unavailable;
    }
    const QString service = QLatin1String(kServiceName);
    // The object first, so that Activate works from the moment the name is ours.
    if (!bus.registerObject(QLatin1String(kObjectPath), this, QDBusConnection::ExportAdaptors)) {
        qCInfo(lcInstance) << "Could not export the application object; running on its own:"
                           << bus.lastError().message();
        return Registration::Unavailable;
    }
    // Taking the name is atomic on the bus: of two launches at once, exactly one gets it.
    if (bus.registerService(service)) {
        m_registered = true;
        qCInfo(lcInstance) << "Registered" << service << "on the session bus";
        return Registration::Owner;
    }
    bus.unregisterObject(QLatin1String(kObjectPath));
    return Registration::Taken;
}

SingleInstance::Outcome SingleInstance::activateOwner(int waitMs)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcInstance) << "No D-Bus session bus to reach the LegCare running; starting anyway:"
                           << bus.lastError().message();
        return Outcome::Alone;
    }
    const QString service = QLatin1String(kServiceName);
    QElapsedTimer waited;
    waited.start();
    while (!bus.interface()->isServiceRegistered(service).value()) {
        if (waited.elapsed() >= waitMs) {
            qCWarning(lcInstance) << "LegCare seems to be running but is not on the session bus;"
                                     " starting anyway";
            return Outcome::Alone;
        }
        QThread::msleep(kOwnerPollMs);
    }

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
