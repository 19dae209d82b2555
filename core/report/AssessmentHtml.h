#pragma once

#include "i18n/Language.h"
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QTextDocument;

namespace legcare::kb {
class KnowledgeBase;
}

// The result of a symptom check as one HTML document for QTextDocument: shown in the GUI's
// result page, printed and saved as PDF (by the GUI, and later by the CLI), so the screen and
// the paper always say the same thing.
namespace legcare::report {

class AssessmentHtml final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentHtml)

public:
    struct Options
    {
        QDateTime created; // shown in the heading and the footer
        bool links = true; // legcare:condition/ID and legcare:exercise/ID links (screen)
        bool stoppedEarly = false; // the person stopped the questions at a warning
    };

    AssessmentHtml(const kb::KnowledgeBase &knowledgeBase, i18n::Language language);

    // The whole result: level and what to do, warning signs, advice, likely conditions with the
    // reasons, suggested stretches, the answers given, the disclaimer and the date.
    QString render(const triage::Assessment &assessment, const triage::SymptomProfile &answers,
                   const Options &options) const;

    // A document holding render()'s HTML and the images it refers to.
    std::unique_ptr<QTextDocument> document(const triage::Assessment &assessment,
                                            const triage::SymptomProfile &answers,
                                            const Options &options) const;

    // The answers given, as (question, answer) in the profile's order; "don't know" left out.
    static QList<QPair<QString, QString>> answerRows(const triage::SymptomProfile &answers,
                                                     i18n::Language language);

    // The level's sign: a coloured shape with a symbol (not colour alone), `pixels` square.
    static QImage levelIcon(triage::Level level, int pixels);
    static QUrl levelIconUrl(triage::Level level);
    // Adds the level icons that render()'s HTML refers to.
    static void addResources(QTextDocument &document);
    // The level's colour (dark enough for text on white) and its light background.
    static QColor levelColor(triage::Level level);
    static QColor levelBackground(triage::Level level);

    // "Symptom check result, 21 November 2025 14:05" in the document's language.
    QString footerText(const QDateTime &created) const;

private:
    QString dateText(const QDateTime &created) const;
    QString levelBlock(const triage::Assessment &assessment) const;
    QString conditionsSection(const triage::Assessment &assessment, const Options &options) const;
    QString exercisesSection(const triage::Assessment &assessment, const Options &options) const;
    QString answersSection(const triage::SymptomProfile &answers) const;

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
};

} // namespace legcare::report
