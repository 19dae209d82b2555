#include "diary/DiaryOpenDialog.h"

#include "common/Logging.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace legcare::gui {

std::optional<DiaryOpenDialog::Answer> DiaryOpenDialog::s_nextAnswer;

DiaryOpenDialog::DiaryOpenDialog(const diary::OpenError &error, const QStringList &backups,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("diaryOpenDialog"));
    setWindowTitle(tr("The diary cannot be opened"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAccessibleName(tr("Warning"));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("diaryOpenError"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString body = tr("LegCare cannot open your cramp diary: %1.").arg(error.message);
    body += QStringLiteral("\n\n") + tr("LegCare has not changed the file.");
    if (!backups.isEmpty())
        body += QLatin1Char(' ')
            + tr("The newest backup is %1.").arg(QFileInfo(backups.constFirst()).fileName());
    body += QStringLiteral("\n\n")
        + tr("If you start a new diary, the old file is kept beside it under the name %1.damaged-… "
             "so that nothing is lost.")
              .arg(QFileInfo(error.path).fileName());
    text->setText(body);

    auto *buttons = new QDialogButtonBox(this);
    const auto add = [&](const QString &label, const QString &name,
                         QDialogButtonBox::ButtonRole role, Answer answer) {
        QPushButton *button = buttons->addButton(label, role);
        button->setObjectName(name);
        button->setAccessibleName(label);
        connect(button, &QPushButton::clicked, this, [this, answer] {
            m_answer = answer;
            done(answer == Answer::Quit ? QDialog::Rejected : QDialog::Accepted);
        });
        return button;
    };
    QPushButton *first = nullptr;
    if (!backups.isEmpty())
        first = add(tr("&Restore the newest backup"), QStringLiteral("restoreBackup"),
                    QDialogButtonBox::AcceptRole, Answer::RestoreBackup);
    QPushButton *fresh = add(tr("&Start a new diary"), QStringLiteral("startAfresh"),
                             QDialogButtonBox::AcceptRole, Answer::StartAfresh);
    add(tr("&Quit"), QStringLiteral("quitButton"), QDialogButtonBox::RejectRole, Answer::Quit);
    (first ? first : fresh)->setDefault(true);

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72); // in text widths: grows with the font
}

void DiaryOpenDialog::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

DiaryOpenDialog::Answer DiaryOpenDialog::ask(const diary::OpenError &error,
                                             const QStringList &backups, QWidget *parent)
{
    if (s_nextAnswer) {
        const Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    DiaryOpenDialog dialog(error, backups, parent);
    dialog.exec();
    return dialog.answer();
}

DiaryOpening openDiaryInteractively(const QString &path, QWidget *parent,
                                    std::optional<diary::DiaryStore::OpenResult> firstAttempt)
{
    DiaryOpening opening;
    std::optional<diary::OpenError> problem;
    for (;;) {
        diary::DiaryStore::OpenResult result
            = firstAttempt ? std::move(*firstAttempt) : diary::DiaryStore::open(path);
        firstAttempt.reset();
        if (result.store) {
            opening.store = std::move(result.store);
            return opening;
        }
        diary::OpenError error = result.error.value_or(diary::OpenError {});
        if (problem) // the way out chosen last time failed too: say so first
            error.message = problem->message + QStringLiteral("; ") + error.message;
        qCWarning(lcDiary) << "Cannot open the diary:" << error.message;

        const QStringList backups = diary::DiaryStore::backups(path);
        const DiaryOpenDialog::Answer answer = DiaryOpenDialog::ask(error, backups, parent);
        QString failure;
        problem.reset();
        if (answer == DiaryOpenDialog::Answer::Quit)
            return opening;
        if (answer == DiaryOpenDialog::Answer::RestoreBackup) {
            if (diary::DiaryStore::restoreNewestBackup(path, &failure))
                opening.notice
                    = DiaryOpenDialog::tr("The diary was restored from its newest backup, %1.")
                          .arg(backups.value(0));
        } else {
            QString movedTo;
            if (diary::DiaryStore::startAfresh(path, &movedTo, &failure))
                opening.notice
                    = DiaryOpenDialog::tr("A new diary was started. The old file was kept as %1.")
                          .arg(movedTo);
        }
        if (!failure.isEmpty())
            problem = diary::OpenError { error.kind, path, failure };
    }
}

} // namespace legcare::gui
