#include "i18n/TranslationLoader.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace legcare::i18n {

TranslationLoader::TranslationLoader(QCoreApplication *app)
    : m_app(app)
{
}

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QString TranslationLoader::catalogPath(Language language)
{
    return QStringLiteral(":/i18n/legcare_%1.qm").arg(languageCode(language));
}

void TranslationLoader::removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

bool TranslationLoader::install(Language language)
{
    removeInstalled();
    m_language = language;
    QLocale::setDefault(localeFor(language));

    // For English, the catalogue holds only the plural forms ("1 episode", "2 episodes"): the
    // source strings are English already.
    bool ok = true;
    auto *appTranslator = new QTranslator(m_app);
    if (appTranslator->load(catalogPath(language))) {
        QCoreApplication::installTranslator(appTranslator);
        m_appTranslator = appTranslator;
    } else {
        qCWarning(lcI18n) << "No LegCare translation at" << catalogPath(language);
        delete appTranslator;
        ok = false;
    }

    if (language == Language::English)
        return ok;

    // Qt's own strings (print and file dialogs, standard buttons), from qt6-translations-l10n.
    auto *qtTranslator = new QTranslator(m_app);
    if (qtTranslator->load(QStringLiteral("qt_") + languageCode(language),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        m_qtTranslator = qtTranslator;
    } else {
        qCInfo(lcI18n) << "Qt's own translation for" << languageCode(language) << "not found";
        delete qtTranslator;
    }
    return ok;
}

} // namespace legcare::i18n
