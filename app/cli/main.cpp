// legcare-cli: the command-line companion of LegCare. See shared spec cli.md and CliRunner.

#include "AppInfo.h"
#include "CliRunner.h"
#include "i18n/TranslationLoader.h"

#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Painting a PDF needs a QGuiApplication (fonts), with no screen to talk to; everything
    // else runs on a plain QCoreApplication, which starts faster.
    std::unique_ptr<QCoreApplication> app;
    if (legcare::cli::CliRunner::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QLatin1String(legcare::appinfo::kName));
    QCoreApplication::setApplicationVersion(QLatin1String(legcare::appinfo::kVersion));
    QCoreApplication::setOrganizationName(QLatin1String(legcare::appinfo::kOrganization));
    QCoreApplication::setOrganizationDomain(QLatin1String(legcare::appinfo::kOrganizationDomain));

    QTextStream out(stdout);
    QTextStream err(stderr);
    legcare::i18n::TranslationLoader translations(app.get());
    legcare::cli::CliRunner runner(out, err, &translations);
    const int code = runner.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
