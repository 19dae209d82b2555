#pragma once

#include "i18n/Language.h"

#include <QPointer>

class QCoreApplication;
class QTranslator;

namespace legcare::i18n {

// Installs LegCare's own translation and Qt's (for standard dialogs and buttons) on an
// application, and sets the default locale so dates and numbers follow the language.
// Installing again replaces the previous translators.
class TranslationLoader final
{
public:
    explicit TranslationLoader(QCoreApplication *app);
    ~TranslationLoader();
    Q_DISABLE_COPY_MOVE(TranslationLoader)

    // Returns false (and logs) when LegCare's own catalogue for the language (for English, its
    // plural forms) is missing; the program then carries on in English rather than failing.
    bool install(Language language);

    Language language() const { return m_language; }

    // Resource path of LegCare's compiled catalogue for a language.
    static QString catalogPath(Language language);

private:
    void removeInstalled();

    QCoreApplication *m_app;
    QPointer<QTranslator> m_appTranslator;
    QPointer<QTranslator> m_qtTranslator;
    Language m_language = Language::English;
};

} // namespace legcare::i18n
