#pragma once

#include "i18n/Language.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>

class QPushButton;
class QStackedWidget;

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::triage {
class TriageEngine;
}

namespace legcare::gui {

class AssessmentView;
class PageHeader;
class SymptomWizard;

// The symptom check: an introduction with the signs that need help now or today and a button
// that starts the interview; the interview (SymptomWizard) runs inside the page, not in a modal
// dialog, and its result replaces it, with "Start again".
class SymptomCheckPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymptomCheckPage)

public:
    SymptomCheckPage(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                     QWidget *parent = nullptr);
    ~SymptomCheckPage() override;

    // The interview while it runs; nullptr otherwise.
    SymptomWizard *wizard() const;
    // The result view; built when first asked for (it is the costliest part of the page, and
    // a page that opens at its introduction need not wait for it).
    AssessmentView *assessmentView();
    // The diary a result can be kept in (nullptr: none); given to the result view.
    void setDiary(diary::DiaryStore *diary);
    // True while the page shows a result (which File ▸ Print prints).
    bool showsResult() const;

public slots:
    void startCheck();
    void showIntroduction();

signals:
    // The result links to a condition or an exercise: legcare:condition/ID, legcare:exercise/ID.
    void openLinkRequested(const QUrl &link);
    // The page went from the introduction to the interview to the result, or back.
    void viewChanged();

private:
    QWidget *createIntroduction();
    void showResult();

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    std::unique_ptr<triage::TriageEngine> m_engine;
    PageHeader *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_intro = nullptr;
    QPointer<SymptomWizard> m_wizard;
    AssessmentView *m_result = nullptr;
    diary::DiaryStore *m_diary = nullptr;
};

} // namespace legcare::gui
