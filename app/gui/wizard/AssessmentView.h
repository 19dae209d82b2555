#pragma once

#include "i18n/Language.h"
#include "triage/TriageEngine.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace legcare::diary {
class DiaryStore;
}
namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::gui {

// The result of a symptom check: the level in plain words with what to do and how soon, the
// warning signs, advice, likely conditions with "why we think so", suggested stretches, the
// answers given and the disclaimer (one HTML document from report::AssessmentHtml, the same one
// that is printed), with Print…, Save as PDF… and Start again.
class AssessmentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentView)

public:
    AssessmentView(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                   QWidget *parent = nullptr);

    void setResult(const triage::Assessment &assessment, const triage::SymptomProfile &answers,
                   bool stoppedEarly, const QDateTime &created);
    const triage::Assessment &assessment() const { return m_assessment; }

    // The result as shown, as plain text (for tests and screen readers' "read all").
    QString text() const;

    // The diary to keep results in; the "Save to my diary" button shows only when one is set.
    void setDiary(diary::DiaryStore *diary);
    // Keeps the current result (time, level, answers, leading conditions) in the diary's history
    // of symptom checks, where the doctor's report finds the latest one.
    bool saveToDiary(QString *error = nullptr);

    // Writes the whole result with the answers as a PDF; false with a message on failure.
    bool savePdf(const QString &path, QString *error = nullptr) const;

public slots:
    // Opens a print preview (not modal) to print the result.
    void print();
    // Asks where to save (not modal), then saves the PDF.
    void chooseAndSavePdf();

signals:
    // A condition or exercise link: legcare:condition/ID, legcare:exercise/ID.
    void linkActivated(const QUrl &link);
    void startAgainRequested();

private:
    std::unique_ptr<QTextDocument> printDocument() const;
    QString documentTitle() const;

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    triage::Assessment m_assessment;
    triage::SymptomProfile m_answers;
    bool m_stoppedEarly = false;
    QDateTime m_created;
    QTextBrowser *m_browser = nullptr;
    diary::DiaryStore *m_diary = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_savedLabel = nullptr;
};

} // namespace legcare::gui
