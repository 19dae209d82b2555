// legcare: the desktop program. Wires the application together; the widgets live in legcare_gui.

#include "AppInfo.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "StartupProbe.h"
#include "common/AppStyle.h"
#include "common/FirstFrame.h"
#include "common/FontPreload.h"
#include "common/Icons.h"
#include "dialogs/SafetyNoticeDialog.h"
#include "diary/DiaryOpenDialog.h"
#include "diary/DiaryOpener.h"
#include "diary/DiaryStore.h"
#include "i18n/Language.h"
#include "i18n/TranslationLoader.h"
#include "kb/Loader.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <future>
#include <thread>
#include <utility>

// How long each step of the start takes (docs/performance.md, "Startup"):
// QT_LOGGING_RULES="legcare.gui.startup.info=true".
Q_LOGGING_CATEGORY(lcStartup, "legcare.gui.startup", QtWarningMsg)

int main(int argc, char *argv[])
{
    // From the launch when legcare_startup_timer gives it (LEGCARE_STARTUP_T0, steady clock in
    // nanoseconds), else from here.
    const auto steadyNs = [] {
        return qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    };
    const qint64 t0 = qEnvironmentVariableIsSet("LEGCARE_STARTUP_T0")
        ? qgetenv("LEGCARE_STARTUP_T0").toLongLong()
        : steadyNs();
    const auto step = [t0, steadyNs](const char *what) {
        qCInfo(lcStartup, "%6.1f ms  %s", static_cast<double>(steadyNs() - t0) / 1e6, what);
    };

    // This thread is Qt's main thread: say so before another thread touches a Qt object, or
    // the first to do so becomes it ("QApplication was not created in the main() thread").
    QThread::currentThread();
    // While QApplication connects to the display and the window is built, one more thread
    // prepares, in the order this one needs them:
    // - the knowledge base, read and checked (it needs nothing of the GUI; its messages are in
    //   English then: the rare broken build reads it again to say them translated);
    // - the font configuration (fontconfig's XML and font caches), then, once there is an
    //   application, Qt's font database: every installed font, over 10 ms in all, which the first
    //   text laid out would otherwise wait for (QFontDatabase is thread-safe);
    // - the window icon's PNGs.
    // One thread, not one per task: beside the GUI thread, two busy helpers on a two-core machine
    // took the processor from QApplication's construction.
    std::promise<legcare::kb::LoadResult> knowledgeRead;
    std::future<legcare::kb::LoadResult> knowledgeLoading = knowledgeRead.get_future();
    std::promise<void> applicationBuilt;
    std::promise<QList<QImage>> windowIconRead;
    std::future<QList<QImage>> windowIconReading = windowIconRead.get_future();
    std::thread preparing(
        [&knowledgeRead, &windowIconRead, application = applicationBuilt.get_future()] {
            knowledgeRead.set_value(legcare::kb::Loader::load());
            legcare::gui::fonts::preloadConfiguration();
            application.wait();
            QFontDatabase::families();
            windowIconRead.set_value(legcare::gui::icons::windowImages());
        });

    QApplication app(argc, argv);
    applicationBuilt.set_value();
    // However main() ends, the thread is done before the application goes.
    const auto prepared = qScopeGuard([&preparing] {
        if (preparing.joinable())
            preparing.join();
    });
    step("application");
    // The desktop's style (or -style's), with LegCare's icon for the menu bar's extension button.
    QApplication::setStyle(new legcare::gui::AppStyle(QApplication::style()->name()));
    QApplication::setApplicationName(QLatin1String(legcare::appinfo::kName));
    QApplication::setApplicationVersion(QLatin1String(legcare::appinfo::kVersion));
    QApplication::setOrganizationName(QLatin1String(legcare::appinfo::kOrganization));
    QApplication::setOrganizationDomain(QLatin1String(legcare::appinfo::kOrganizationDomain));
    QGuiApplication::setDesktopFileName(QLatin1String(legcare::appinfo::kAppId));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Self-care for leg pain and leg cramps."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main",
                                    "Use the cramp diary at PATH instead of the default one."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    if (!parser.parse(QCoreApplication::arguments()) || parser.isSet(helpOption)
        || parser.isSet(QStringLiteral("help-all")) || parser.isSet(versionOption)) {
        // process() prints the help, the version or the error and ends the program with exit(),
        // which must find no other thread running.
        preparing.join();
        parser.process(app);
    }

    // The session bus, connected on a thread while this one builds (a few round trips to the bus
    // daemon; Qt D-Bus makes its one connection per process under a lock). Qt's accessibility
    // bridge asks the bus whether a screen reader is running as soon as the window's first
    // widgets are made, and would wait for the connection there; SingleInstance uses it too.
    std::future<void> busConnecting
        = std::async(std::launch::async, legcare::gui::SingleInstance::connectToBus);

    // One LegCare per user: a second launch brings the first to the front and leaves before it
    // builds or shows anything. The lock file decides at once; the first instance takes its bus
    // name only once something is shown.
    legcare::gui::SingleInstance instance;
    if (instance.claim() == legcare::gui::SingleInstance::Outcome::ActivatedOther)
        return 0;
    step("single-instance check");

    QSettings store;
    legcare::Settings settings(store);

    // The diary opens on a thread of its own once the window's first frame is painted (its
    // quick_check reads the whole file; beside the first frame it would take a processor from it);
    // the window's diary areas wait for it. Not before the safety notice is acknowledged: whoever
    // quits there leaves the diary untouched.
    const QString diaryPath = parser.isSet(dbOption) ? parser.value(dbOption)
                                                     : legcare::diary::DiaryStore::defaultPath();
    legcare::gui::DiaryOpener opener(diaryPath);
    const bool acknowledged = settings.acknowledgedSafetyNotice() >= legcare::kSafetyNoticeVersion;

    legcare::i18n::TranslationLoader translations(&app);
    translations.install(
        legcare::i18n::resolveLanguage(settings.languagePreference(), QLocale::system()));

    // The knowledge base is compiled in, so a failure here is a broken build; say what is wrong
    // rather than open a library with holes in it.
    step("translations");
    legcare::kb::LoadResult knowledge = knowledgeLoading.get();
    step("knowledge base");
    if (!knowledge.ok()) {
        knowledge = legcare::kb::Loader::load(); // again, for its messages in the user's language
        constexpr qsizetype kShown = 10;
        QStringList lines;
        for (qsizetype i = 0; i < std::min(kShown, knowledge.errors.size()); ++i)
            lines.append(knowledge.errors[i].toString());
        const int more = static_cast<int>(knowledge.errors.size() - kShown);
        if (more > 0)
            lines.append(QCoreApplication::translate("main", "… and %n more.", "", more));
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "LegCare"),
            QCoreApplication::translate(
                "main", "LegCare cannot start: its knowledge base is damaged.\n\n%1")
                .arg(lines.join(QLatin1Char('\n'))));
        return 1;
    }

    // On the bus before the first-run safety notice, so that a second launch can raise it; else
    // after the window's first frame.
    if (!acknowledged) {
        instance.listen();
        legcare::gui::SafetyNoticeDialog notice(legcare::gui::SafetyNoticeDialog::Mode::FirstRun);
        if (notice.exec() != QDialog::Accepted)
            return 0;
        settings.setAcknowledgedSafetyNotice(legcare::kSafetyNoticeVersion);
        settings.sync();
    }

    std::unique_ptr<legcare::diary::DiaryStore> diary; // outlives the window, which uses it
    legcare::gui::MainWindow window(settings, *knowledge.knowledgeBase, translations.language(),
                                    diaryPath);
    step("window built");
    instance.setWindow(&window);
    // The window system is given the icon when the window is first shown.
    QApplication::setWindowIcon(legcare::gui::icons::window(windowIconReading.get()));
    // scripts/bench-startup.sh: with LEGCARE_EXIT_WHEN_SHOWN=1, report the first frame and the
    // diary ready, then quit.
    legcare::gui::StartupProbe *probe = legcare::gui::StartupProbe::create(&window, false);

    // The diary: never overwritten; when it cannot be opened the user chooses the way out.
    QObject::connect(&opener, &legcare::gui::DiaryOpener::finished, &window, [&] {
        legcare::gui::DiaryOpening opening
            = legcare::gui::openDiaryInteractively(diaryPath, &window, opener.takeResult());
        if (!opening.store) {
            QCoreApplication::exit(0); // the user chose to quit; the file is as it was
            return;
        }
        diary = std::move(opening.store);
        step("diary open");
        window.setDiary(*diary);
        step("diary areas built");
        if (probe)
            probe->markReady();
        if (!opening.notice.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Information,
                                        QCoreApplication::translate("main", "Diary"),
                                        opening.notice, QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    window.show();
    legcare::gui::afterFirstFrame(&window, [&opener, &instance] {
        opener.start();
        instance.listen();
    });
    step("window.show()");
    return QApplication::exec();
}
