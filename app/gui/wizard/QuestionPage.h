#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace legcare::triage {
class SymptomProfile;
}

namespace legcare::gui {

class SymptomWizard;
class WarningBanner;

// A page of the symptom wizard: the progress through the questions at the top, the warning
// banner when the answers so far need help now or today, then the page's questions (scrolling
// when the window is small). Subclasses add their questions to body(), say which profile fields
// they ask, write their answers into a profile and call answersChanged() whenever one changes.
class QuestionPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    explicit QuestionPage(const QString &title, const QString &subTitle = {},
                          QWidget *parent = nullptr);

    // Called by SymptomWizard when it adds the page.
    void attach(SymptomWizard *wizard, int id);

    // The profile fields this page asks, in the profile's keys.
    virtual QStringList fields() const = 0;
    // Adds the page's answers to a profile that holds the earlier pages' answers; a field left
    // at "don't know" is not written, and neither is one that is not relevant any more.
    virtual void writeAnswers(triage::SymptomProfile &profile) const = 0;

    int nextId() const override;
    void initializePage() override;

    // Brings the progress and the warning up to date with the answers.
    void refresh();

protected:
    QVBoxLayout *body() const { return m_body; }
    SymptomWizard *symptomWizard() const { return m_wizard; }
    // Subclasses call this when an answer on the page changes.
    void answersChanged();

private:
    SymptomWizard *m_wizard = nullptr;
    int m_id = -1;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    WarningBanner *m_banner = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace legcare::gui
