#pragma once

#include "Area.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace legcare::gui {

// Help ▸ LegCare Help (F1): what each area is for, the keyboard shortcuts, where the diary and
// the settings are kept and how to export or delete them, and the safety message. One section at
// a time, chosen from a contents list; not modal, so it can stay open beside the window.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    enum class Section { Welcome, SymptomCheck, Stretching, Diary, Library, Shortcuts, YourData };
    static constexpr int kSectionCount = 7;

    // `diaryPath` and `settingsPath` are shown in "Your data".
    HelpDialog(QString diaryPath, QString settingsPath, QWidget *parent = nullptr);

    void showSection(Section section);
    Section currentSection() const;
    // The section about an area.
    static Section sectionFor(Area area);
    // The section shown, as plain text (tests, screen readers' "read all").
    QString text() const;

private:
    QString title(Section section) const;
    QString html(Section section) const;
    QString shortcutsHtml() const;
    QString dataHtml() const;

    QString m_diaryPath;
    QString m_settingsPath;
    QListWidget *m_contents = nullptr;
    QTextBrowser *m_page = nullptr;
};

} // namespace legcare::gui
