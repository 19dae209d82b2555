// legcare: the desktop program. Wires the application together; the widgets live in legcare_gui.

#include "AppInfo.h"
#include "MainWindow.h"
#include "dialogs/SafetyNoticeDialog.h"
#include "i18n/Language.h"
#include "i18n/TranslationLoader.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

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

    QSettings store;
    legcare::Settings settings(store);

    legcare::i18n::TranslationLoader translations(&app);
    translations.install(
        legcare::i18n::resolveLanguage(settings.languagePreference(), QLocale::system()));

    if (settings.acknowledgedSafetyNotice() < legcare::kSafetyNoticeVersion) {
        legcare::gui::SafetyNoticeDialog notice(legcare::gui::SafetyNoticeDialog::Mode::FirstRun);
        if (notice.exec() != QDialog::Accepted)
            return 0;
        settings.setAcknowledgedSafetyNotice(legcare::kSafetyNoticeVersion);
        settings.sync();
    }

    legcare::gui::MainWindow window(settings);
    window.show();
    return QApplication::exec();
}
