// legcare: the desktop program. Wires the application together; the widgets live in legcare_gui.

#include "AppInfo.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "dialogs/SafetyNoticeDialog.h"
#include "diary/DiaryOpenDialog.h"
#include "diary/DiaryStore.h"
#include "i18n/Language.h"
#include "i18n/TranslationLoader.h"
#include "kb/Loader.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <algorithm>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(legcare::appinfo::kName));
    QApplication::setApplicationVersion(QLatin1String(legcare::appinfo::kVersion));
    QApplication::setOrganizationName(QLatin1String(legcare::appinfo::kOrganization));
    QApplication::setOrganizationDomain(QLatin1String(legcare::appinfo::kOrganizationDomain));
    QGuiApplication::setDesktopFileName(QLatin1String(legcare::appinfo::kAppId));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(legcare::appinfo::kAppId))));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Self-care for leg pain and leg cramps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the cramp diary at PATH instead of the default one."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    // One LegCare per session: a second launch brings the first to the front and leaves before
    // it shows anything.
    legcare::gui::SingleInstance instance;
    if (instance.claim() == legcare::gui::SingleInstance::Outcome::ActivatedOther)
        return 0;

    QSettings store;
    legcare::Settings settings(store);

    legcare::i18n::TranslationLoader translations(&app);
    translations.install(
        legcare::i18n::resolveLanguage(settings.languagePreference(), QLocale::system()));

    // The knowledge base is compiled in, so a failure here is a broken build; say what is wrong
    // rather than open a library with holes in it.
    const legcare::kb::LoadResult knowledge = legcare::kb::Loader::load();
    if (!knowledge.ok()) {
        constexpr qsizetype kShown = 10;
        QStringList lines;
        for (qsizetype i = 0; i < std::min(kShown, knowledge.errors.size()); ++i)
            lines.append(knowledge.errors[i].toString());
        const int more = static_cast<int>(knowledge.errors.size() - kShown);
        if (more > 0)
            lines.append(QCoreApplication::translate("main", "… and %n more.", "", more));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "LegCare"),
                              QCoreApplication::translate(
                                  "main", "LegCare cannot start: its knowledge base is damaged.\n\n%1")
                                  .arg(lines.join(QLatin1Char('\n'))));
        return 1;
    }

    if (settings.acknowledgedSafetyNotice() < legcare::kSafetyNoticeVersion) {
        legcare::gui::SafetyNoticeDialog notice(legcare::gui::SafetyNoticeDialog::Mode::FirstRun);
        if (notice.exec() != QDialog::Accepted)
            return 0;
        settings.setAcknowledgedSafetyNotice(legcare::kSafetyNoticeVersion);
        settings.sync();
    }

    // The diary: never overwritten; when it cannot be opened the user chooses the way out.
    const QString diaryPath = parser.isSet(dbOption) ? parser.value(dbOption)
                                                     : legcare::diary::DiaryStore::defaultPath();
    legcare::gui::DiaryOpening diary = legcare::gui::openDiaryInteractively(diaryPath);
    if (!diary.store)
        return 0; // the user chose to quit; the file is as it was

    legcare::gui::MainWindow window(settings, *knowledge.knowledgeBase, *diary.store,
                                    translations.language());
    instance.setWindow(&window);
    window.show();
    if (!diary.notice.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, QCoreApplication::translate("main", "Diary"),
                                    diary.notice, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return QApplication::exec();
}
