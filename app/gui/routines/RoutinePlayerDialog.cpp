#include "routines/RoutinePlayerDialog.h"

#include "common/DisclaimerBanner.h"
#include "common/Illustration.h"
#include "common/Logging.h"
#include "kb/KnowledgeBase.h"
#include "routines/RoutineStore.h"
#include "routines/RoutineText.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace legcare::gui {

namespace {

constexpr int kTickMs = 100;
constexpr int kCueMs = 800;
constexpr int kIllustrationWidth = 320;

routines::RoutinePlayer::Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

RoutinePlayerDialog::RoutinePlayerDialog(const routines::Routine &routine, const kb::KnowledgeBase &knowledgeBase,
                                         i18n::Language language, routines::RoutineStore *store,
                                         routines::RoutinePlayer::Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
    , m_store(store)
    , m_player(new routines::RoutinePlayer(routine, knowledgeBase, clock ? clock : monotonicClock(), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("routinePlayer"));
    setWindowTitle(tr("%1 — guided routine").arg(routine.name.text(language)));

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("playerPosition"));
    m_exercise = new QLabel(this);
    m_exercise->setObjectName(QStringLiteral("playerExercise"));
    m_exercise->setFont(scaledFont(font(), 1.6, true));
    m_exercise->setWordWrap(true);
    m_illustration = new QLabel(this);
    m_illustration->setObjectName(QStringLiteral("playerIllustration"));
    m_illustration->setAlignment(Qt::AlignCenter);
    m_illustration->setMinimumHeight(kIllustrationWidth * 5 / 8);
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("playerPhase"));
    m_phase->setFont(scaledFont(font(), 1.4, true));
    m_phase->setAlignment(Qt::AlignCenter);
    m_phase->setAutoFillBackground(true);
    m_phase->setMargin(6);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("playerCountdown"));
    m_countdown->setFont(scaledFont(font(), 4.0, true));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setAccessibleName(tr("Seconds left"));
    m_phaseBar = new QProgressBar(this);
    m_phaseBar->setObjectName(QStringLiteral("playerPhaseBar"));
    m_phaseBar->setTextVisible(false);
    m_phaseBar->setAccessibleName(tr("Time left in this step"));
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("playerRemaining"));
    m_remaining->setAlignment(Qt::AlignCenter);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("playerSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("playerBack"));
    m_back->setToolTip(tr("Start this exercise again, or go to the one before (Left arrow)"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("playerPause"));
    m_pause->setToolTip(tr("Pause or resume (Space)"));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setObjectName(QStringLiteral("playerSkip"));
    m_skip->setToolTip(tr("Go on to the next exercise (Right arrow)"));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("playerStop"));
    m_stop->setToolTip(tr("End the routine here (Esc)"));
    connect(m_back, &QPushButton::clicked, m_player, &routines::RoutinePlayer::back);
    connect(m_pause, &QPushButton::clicked, this, &RoutinePlayerDialog::togglePause);
    connect(m_skip, &QPushButton::clicked, m_player, &routines::RoutinePlayer::skip);
    connect(m_stop, &QPushButton::clicked, m_player, &routines::RoutinePlayer::stop);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    connect(space, &QShortcut::activated, this, &RoutinePlayerDialog::togglePause);
    auto *left = new QShortcut(QKeySequence(Qt::Key_Left), this);
    connect(left, &QShortcut::activated, m_player, &routines::RoutinePlayer::back);
    auto *right = new QShortcut(QKeySequence(Qt::Key_Right), this);
    connect(right, &QShortcut::activated, m_player, &routines::RoutinePlayer::skip);

    auto *playing = new QWidget(this);
    auto *left_column = new QVBoxLayout;
    left_column->addWidget(m_illustration, 1);
    left_column->addWidget(m_steps);
    auto *right_column = new QVBoxLayout;
    right_column->addStretch(1);
    right_column->addWidget(m_phase);
    right_column->addWidget(m_countdown);
    right_column->addWidget(m_phaseBar);
    right_column->addWidget(m_remaining);
    right_column->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left_column, 3);
    columns->addLayout(right_column, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    auto *playingLayout = new QVBoxLayout(playing);
    playingLayout->addWidget(m_position);
    playingLayout->addWidget(m_exercise);
    playingLayout->addLayout(columns, 1);
    playingLayout->addLayout(buttons);

    auto *done = new QWidget(this);
    m_summary = new QLabel(done);
    m_summary->setObjectName(QStringLiteral("playerSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, done);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_summary, 1);
    doneLayout->addWidget(close);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(playing);
    m_pages->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(new DisclaimerBanner(this));
    // Roomy for the picture and the big countdown; in text sizes, so it grows with the font.
    const QFontMetrics metrics = fontMetrics();
    resize(std::max(820, metrics.averageCharWidth() * 115),
           std::max(600, metrics.lineSpacing() * 34));

    connect(m_player, &routines::RoutinePlayer::phaseChanged, this, &RoutinePlayerDialog::showPhase);
    // Finished covers both ends: the last phase ran out, or the person stopped.
    connect(m_player, &routines::RoutinePlayer::stateChanged, this, [this](routines::RoutinePlayer::State state) {
        if (state == routines::RoutinePlayer::State::Finished)
            finish();
        else
            refresh();
    });
    connect(m_timer, &QTimer::timeout, this, &RoutinePlayerDialog::tick);

    m_startedAt = QDateTime::currentDateTime();
    // Space works from anywhere (the shortcut), and on the focused button it means the same.
    m_pause->setFocus();
    m_timer->start(kTickMs);
    m_player->start();
    refresh();
}

RoutinePlayerDialog::~RoutinePlayerDialog() = default;

void RoutinePlayerDialog::tick()
{
    m_player->update();
    refresh();
}

void RoutinePlayerDialog::togglePause()
{
    if (m_player->state() == routines::RoutinePlayer::State::Running)
        m_player->pause();
    else if (m_player->state() == routines::RoutinePlayer::State::Paused)
        m_player->resume();
}

QString RoutinePlayerDialog::phaseText(const routines::Phase &phase) const
{
    QString side;
    if (phase.side == routines::Side::Left)
        side = tr("left side");
    else if (phase.side == routines::Side::Right)
        side = tr("right side");
    QString text;
    switch (phase.kind) {
    case routines::PhaseKind::GetReady:
        text = tr("Get ready");
        break;
    case routines::PhaseKind::Hold:
        text = tr("Hold — %1 of %2").arg(phase.repetition).arg(phase.repetitions);
        break;
    case routines::PhaseKind::Rest:
        text = tr("Relax");
        break;
    case routines::PhaseKind::Move:
        text = tr("%1, slowly").arg(routines::RoutineText::times(phase.repetitions));
        break;
    }
    return side.isEmpty() ? text : tr("%1 · %2").arg(text, side);
}

void RoutinePlayerDialog::showPhase(int index)
{
    const routines::Phase &phase = m_player->phases().at(index);
    if (phase.item != m_shownItem) {
        m_shownItem = phase.item;
        const kb::RoutineItem &item = m_player->routine().items.at(phase.item);
        if (const kb::Exercise *exercise = m_kb.exercise(item.exerciseId)) {
            m_exercise->setText(exercise->name.text(m_language));
            const QImage image = renderIllustration(exercise->illustration, kIllustrationWidth, devicePixelRatioF());
            m_illustration->setPixmap(QPixmap::fromImage(image));
            m_illustration->setAccessibleName(tr("Illustration: %1").arg(exercise->name.text(m_language)));
            QString steps = QStringLiteral("<p><b>%1</b></p><ol>")
                                .arg(routines::RoutineText::dose(item, *exercise).toHtmlEscaped());
            for (const kb::LocalizedText &step : exercise->steps)
                steps += QStringLiteral("<li>%1</li>").arg(step.text(m_language).toHtmlEscaped());
            m_steps->setText(steps + QStringLiteral("</ol>"));
        }
        int number = 0;
        for (int i = 0; i <= phase.item; ++i)
            number += m_kb.exercise(m_player->routine().items.at(i).exerciseId) ? 1 : 0;
        int count = 0;
        for (const kb::RoutineItem &each : m_player->routine().items)
            count += m_kb.exercise(each.exerciseId) ? 1 : 0;
        m_position->setText(tr("Exercise %1 of %2").arg(number).arg(count));
    }
    m_phase->setText(phaseText(phase));
    m_phase->setAccessibleName(m_phase->text());
    m_phaseBar->setRange(0, phase.seconds * 1000);
    cue();
}

void RoutinePlayerDialog::cue()
{
    // Heard (where the desktop plays a bell) and seen: the instruction changes and lights up.
    QApplication::beep();
    m_phase->setBackgroundRole(QPalette::Highlight);
    m_phase->setForegroundRole(QPalette::HighlightedText);
    QTimer::singleShot(kCueMs, m_phase, [phase = m_phase] {
        phase->setBackgroundRole(QPalette::Window);
        phase->setForegroundRole(QPalette::WindowText);
    });
}

void RoutinePlayerDialog::refresh()
{
    using State = routines::RoutinePlayer::State;
    const State state = m_player->state();
    m_pause->setText(state == State::Paused ? tr("&Resume") : tr("&Pause"));
    const bool active = state == State::Running || state == State::Paused;
    m_back->setEnabled(active);
    m_pause->setEnabled(active);
    m_skip->setEnabled(active);
    m_stop->setEnabled(active);
    if (!active)
        return;
    const qint64 remaining = m_player->remainingMs();
    m_countdown->setText(QString::number((remaining + 999) / 1000));
    if (const routines::Phase *phase = m_player->currentPhase())
        m_phaseBar->setValue(int(phase->seconds * 1000 - remaining));
    m_remaining->setText(state == State::Paused
                             ? tr("Paused")
                             : tr("About %1 left").arg(routines::DurationText::format(m_player->remainingTotalSeconds())));
}

void RoutinePlayerDialog::finish()
{
    if (m_pages->currentIndex() == 1)
        return; // already summed up
    m_timer->stop();
    const routines::RoutinePlayer::Summary summary = m_player->summary();

    QString saved;
    if (m_store) {
        QString error;
        const routines::Session session = m_player->session(m_startedAt, m_language);
        if (const std::optional<qint64> id = m_store->recordSession(session, &error)) {
            m_sessionId = *id;
            saved = tr("It is saved in your diary's routine history.");
            emit sessionRecorded(*id);
        } else {
            qCWarning(lcDiary) << "Could not record a routine session:" << error;
            saved = tr("It could not be saved in your diary: %1").arg(error);
        }
    }

    const auto names = [this](const QStringList &ids) {
        QString html = QStringLiteral("<ul>");
        for (const QString &id : ids) {
            const kb::Exercise *exercise = m_kb.exercise(id);
            html += QStringLiteral("<li>%1</li>").arg((exercise ? exercise->name.text(m_language) : id).toHtmlEscaped());
        }
        return html + QStringLiteral("</ul>");
    };
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(summary.finished ? tr("Well done — routine complete") : tr("Routine stopped"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Time: %1.").arg(routines::DurationText::format(int((summary.activeMs + 500) / 1000))));
    if (!summary.completedExercises.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Done:")) + names(summary.completedExercises);
    if (!summary.skippedExercises.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Skipped:")) + names(summary.skippedExercises);
    if (!saved.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(saved.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Stop any exercise that hurts. If cramps keep coming back, happen three or more "
                        "times a week or last longer, see a doctor.")
                         .toHtmlEscaped());
    m_summary->setText(html);
    m_pages->setCurrentIndex(1);
    refresh();
}

void RoutinePlayerDialog::reject()
{
    using State = routines::RoutinePlayer::State;
    if (m_player->state() == State::Running || m_player->state() == State::Paused)
        m_player->stop(); // records the session; the summary stays behind until closed
    QDialog::reject();
}

} // namespace legcare::gui
