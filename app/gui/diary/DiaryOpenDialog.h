#pragma once

#include "diary/DiaryStore.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace legcare::gui {

// Asks what to do when the diary cannot be opened: restore the newest backup, start a new diary
// (the old file is kept aside, never overwritten), or quit. Tests answer it without a dialog
// through setNextAnswer() (as KeePassXC's MessageBox does).
class DiaryOpenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryOpenDialog)

public:
    enum class Answer { RestoreBackup, StartAfresh, Quit };

    DiaryOpenDialog(const diary::OpenError &error, const QStringList &backups,
                    QWidget *parent = nullptr);
    Answer answer() const { return m_answer; }

    // The next ask() returns this at once instead of showing the dialog.
    static void setNextAnswer(Answer answer);
    static Answer ask(const diary::OpenError &error, const QStringList &backups,
                      QWidget *parent = nullptr);

private:
    Answer m_answer = Answer::Quit;
    static std::optional<Answer> s_nextAnswer;
};

struct DiaryOpening
{
    std::unique_ptr<diary::DiaryStore> store; // null: the user chose to quit
    QString notice; // to tell the user once the window is up (old file kept aside, backup restored)
};

// Opens the diary at path; when that fails, asks (DiaryOpenDialog) and tries again until it
// opens or the user quits. Never overwrites or deletes a file. firstAttempt: what an earlier
// DiaryStore::open(path) returned (DiaryOpener), used instead of opening the file once more.
DiaryOpening openDiaryInteractively(const QString &path, QWidget *parent = nullptr,
                                    std::optional<diary::DiaryStore::OpenResult> firstAttempt
                                    = std::nullopt);

} // namespace legcare::gui
