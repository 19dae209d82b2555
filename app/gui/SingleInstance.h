#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>

#include <memory>

class QFile;
class QWidget;

namespace legcare::gui {

// One LegCare per user: the first instance holds a lock file in the user's runtime folder and
// owns a name on the D-Bus session bus, where it exports an org.freedesktop.Application object
// whose Activate raises its window; a later launch finds the lock held, calls Activate and leaves
// without showing anything (KDE's KDBusService works the same way over the bus alone).
//
// The lock decides at once, without the bus: connecting to the session bus and taking the name
// costs a few round trips to the bus daemon (5 to 6 ms of the window's first frame, measured), so
// the first instance does that once its window is shown (listen()), and a later launch that comes
// in between waits for the name. Without a runtime folder the bus alone decides, before the
// window is shown; without a session bus every launch that does not get the lock runs on its own.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Outcome {
        Primary, // this process is the one: run, listen(), and raise the window when asked
        ActivatedOther, // another LegCare was asked to come to the front: exit quietly
        Alone, // no way to reach the other one (no session bus, or it did not answer): run
    };

    static constexpr char kServiceName[] = "org.legcare.LegCare";
    static constexpr char kObjectPath[] = "/org/legcare/LegCare";
    static constexpr char kInterface[] = "org.freedesktop.Application";

    // runtimeDir: where the lock file goes; by default $XDG_RUNTIME_DIR, and none when that is
    // not set (the bus alone decides then).
    explicit SingleInstance(QObject *parent = nullptr);
    SingleInstance(const QString &runtimeDir, QObject *parent);
    ~SingleInstance() override;

    // Connects this process to the session bus (a few round trips to the bus daemon) unless it
    // is connected already. Safe on any thread once the application object exists, so that
    // main() connects while it builds the window.
    static void connectToBus();

    // The lock file's path; empty when there is no runtime folder.
    QString lockPath() const;

    // Takes the lock (flock on the lock file), or asks the LegCare holding it to show itself
    // (waiting up to 5 s for it to be on the bus). Without a lock file, takes the bus name at
    // once instead. Call once, before
    // any window is shown.
    Outcome claim();

    // For the Primary (else it does nothing): exports the application object and takes the bus
    // name, so that later launches can bring this one to the front. Right after the first thing
    // is shown (the window's first frame), or before the first-run safety notice; true when this
    // process owns the name (also when claim() took it already).
    bool listen();

    // The window that Activate raises. Before it exists, the modal dialog shown (the first-run
    // safety notice, the diary's way-out questions) is raised instead.
    void setWindow(QWidget *window);

    // Shows a window in front: un-minimised (keeping maximised or full screen), raised and
    // activated.
    static void bringToFront(QWidget *window);

signals:
    void activationRequested();

private:
    friend class ApplicationAdaptor;
    enum class Registration { Owner, Taken, Unavailable };

    void activate(const QVariantMap &platformData);
    // Exports the object and takes the bus name.
    Registration registerOnBus();
    // Asks the owner of the bus name to come to the front, waiting up to waitMs for the name to
    // have an owner.
    Outcome activateOwner(int waitMs);

    QString m_runtimeDir;
    std::unique_ptr<QFile> m_lock; // open, and locked, while this process is the one
    QPointer<QWidget> m_window;
    bool m_primary = false; // claim() gave Primary
    bool m_registered = false;
};

} // namespace legcare::gui
