#include "diary/QuickLogDialog.h"

#include "common/ThemeColors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace legcare::gui {

namespace {

constexpr int kAtTime = 1; // "when" button id; the others are minutes ago (0 = now)
constexpr int kNoContext = 100;

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(true);
    return box;
}

QRadioButton *radio(const QString &text, const QString &name, QButtonGroup *buttons, int id,
                    QWidget *parent)
{
    auto *button = new QRadioButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(text);
    buttons->addButton(button, id);
    return button;
}

} // namespace

QuickLogDialog::QuickLogDialog(Mode mode, const std::optional<diary::Episode> &initial, Saver saver,
                               QWidget *parent, const QDateTime &now)
    : QDialog(parent)
    , m_mode(mode)
    , m_now(now.isValid() ? now : QDateTime::currentDateTime())
    , m_saver(std::move(saver))
{
    setObjectName(QStringLiteral("quickLogDialog"));
    setWindowTitle(mode == Mode::New ? tr("Log a cramp") : tr("Edit cramp episode"));
    setAccessibleName(windowTitle());
    m_now = m_now.addMSecs(-m_now.time().msec()); // stored to the second

    // Big controls: this is used half-awake, in pain.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    setFont(big);

    auto *left = new QVBoxLayout;
    left->addWidget(createWhen());
    left->addWidget(createDuration());
    left->addWidget(createWhere());
    left->addWidget(createSeverity());
    left->addWidget(createContext());
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->addWidget(createChecks(), 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("quickLogError"));
    m_error->setWordWrap(true);
    QFont errorFont = m_error->font();
    errorFont.setBold(true);
    m_error->setFont(errorFont);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    updateErrorColour();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("quickLogButtons"));
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("quickLogSave"));
    save->setText(mode == Mode::New ? tr("&Save (Enter)") : tr("&Save changes (Enter)"));
    save->setAccessibleName(tr("Save"));
    save->setDefault(true);
    save->setMinimumHeight(save->fontMetrics().height() * 2 + 4);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel (Esc)"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickLogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (initial) {
        setFields(*initial, mode == Mode::Edit);
        if (mode == Mode::Edit)
            m_id = initial->id;
    }
    // Only Save answers Enter: no other push button may become the default.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (button != save)
            button->setAutoDefault(false);
    }

    m_severity->setFocus();
    QTimer::singleShot(0, m_severity, [this] { m_severity->selectAll(); });
}

void QuickLogDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateErrorColour();
}

void QuickLogDialog::updateErrorColour()
{
    // Red that reads on the dialog's background, light or dark; the words say what is wrong.
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText,
                          theme::readableOn(theme::kDangerHue, palette().color(QPalette::Window)));
    m_error->setPalette(errorPalette);
}

QWidget *QuickLogDialog::createWhen()
{
    auto *box = group(tr("When did it start?"), this);
    m_when = new QButtonGroup(box);
    auto *row = new QHBoxLayout;
    row->addWidget(radio(tr("&Now"), QStringLiteral("whenNow"), m_when, 0, box));
    row->addWidget(radio(tr("15 min ago"), QStringLiteral("when15"), m_when, 15, box));
    row->addWidget(radio(tr("30 min ago"), QStringLiteral("when30"), m_when, 30, box));
    row->addWidget(radio(tr("1 hour ago"), QStringLiteral("when60"), m_when, 60, box));
    row->addStretch(1);
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(radio(tr("&At:"), QStringLiteral("whenAt"), m_when, kAtTime, box));
    m_at = new QDateTimeEdit(m_now, box);
    m_at->setObjectName(QStringLiteral("whenTime"));
    m_at->setAccessibleName(tr("Date and time it started"));
    m_at->setCalendarPopup(true);
    m_at->setMaximumDateTime(m_now.addDays(1));
    atRow->addWidget(m_at);
    atRow->addStretch(1);
    m_when->button(0)->setChecked(true);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this,
            [this] { m_when->button(kAtTime)->setChecked(true); });

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addLayout(atRow);
    return box;
}

QWidget *QuickLogDialog::createDuration()
{
    auto *box = group(tr("How long did it last?"), this);
    auto *quick = new QHBoxLayout;
    const QList<QPair<QString, int>> choices = { { tr("30 s"), 30 },
                                                 { tr("1 min"), 60 },
                                                 { tr("2 min"), 120 },
                                                 { tr("5 min"), 300 },
                                                 { tr("10 min"), 600 } };
    for (const auto &[label, seconds] : choices) {
        auto *button = new QPushButton(label, box);
        button->setObjectName(QStringLiteral("duration%1").arg(seconds));
        button->setAccessibleName(tr("Lasted %1").arg(label));
        button->setAutoDefault(false);
        const int value = seconds;
        connect(button, &QPushButton::clicked, this, [this, value] {
            m_durationUnknown->setChecked(false);
            m_minutes->setValue(value / 60);
            m_seconds->setValue(value % 60);
        });
        quick->addWidget(button);
    }
    quick->addStretch(1);

    m_minutes = new QSpinBox(box);
    m_minutes->setObjectName(QStringLiteral("durationMinutes"));
    m_minutes->setAccessibleName(tr("Minutes"));
    m_minutes->setRange(0, diary::kMaxDurationSeconds / 60);
    m_minutes->setSuffix(tr(" min"));
    m_seconds = new QSpinBox(box);
    m_seconds->setObjectName(QStringLiteral("durationSeconds"));
    m_seconds->setAccessibleName(tr("Seconds"));
    m_seconds->setRange(0, 59);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setValue(30);
    m_durationUnknown = new QCheckBox(tr("Not sure"), box);
    m_durationUnknown->setObjectName(QStringLiteral("durationUnknown"));
    m_durationUnknown->setAccessibleName(tr("Duration not known"));
    connect(m_durationUnknown, &QCheckBox::toggled, this, [this](bool unknown) {
        m_minutes->setEnabled(!unknown);
        m_seconds->setEnabled(!unknown);
    });
    auto *exact = new QHBoxLayout;
    exact->addWidget(m_minutes);
    exact->addWidget(m_seconds);
    exact->addWidget(m_durationUnknown);
    exact->addStretch(1);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(quick);
    layout->addLayout(exact);
    return box;
}

QWidget *QuickLogDialog::createWhere()
{
    auto *box = group(tr("Where?"), this);
    m_location = new QComboBox(box);
    m_location->setObjectName(QStringLiteral("whereLocation"));
    m_location->setAccessibleName(tr("Place on the leg"));
    for (kb::Location location : kb::allLocations())
        m_location->addItem(kb::locationName(location), static_cast<int>(location));
    m_location->setCurrentIndex(m_location->findData(static_cast<int>(kb::Location::Calf)));

    m_side = new QButtonGroup(box);
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(m_location);
    for (diary::Side side : { diary::Side::Left, diary::Side::Right, diary::Side::Both })
        layout->addWidget(radio(diary::sideName(side),
                                QStringLiteral("side_%1").arg(diary::sideId(side)), m_side,
                                static_cast<int>(side), box));
    m_side->button(static_cast<int>(diary::Side::Left))->setChecked(true);
    layout->addStretch(1);
    return box;
}

QWidget *QuickLogDialog::createSeverity()
{
    auto *box = group(tr("How bad? (0 = barely, 10 = the worst ever)"), this);
    m_severitySlider = new QSlider(Qt::Horizontal, box);
    m_severitySlider->setObjectName(QStringLiteral("severitySlider"));
    m_severitySlider->setAccessibleName(tr("Severity slider, 0 to 10"));
    m_severitySlider->setRange(0, diary::kMaxSeverity);
    m_severitySlider->setTickPosition(QSlider::TicksBelow);
    m_severitySlider->setTickInterval(1);
    m_severitySlider->setPageStep(1);
    m_severitySlider->setMinimumHeight(m_severitySlider->fontMetrics().height() * 2);
    m_severity = new QSpinBox(box);
    m_severity->setObjectName(QStringLiteral("severity"));
    m_severity->setAccessibleName(tr("Severity, 0 to 10"));
    m_severity->setRange(0, diary::kMaxSeverity);
    m_severity->setValue(5);
    m_severitySlider->setValue(5);
    QFont large = m_severity->font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    large.setBold(true);
    m_severity->setFont(large);
    m_severity->setMinimumWidth(QFontMetrics(large).horizontalAdvance(QStringLiteral("10")) * 4);
    connect(m_severitySlider, &QSlider::valueChanged, m_severity, &QSpinBox::setValue);
    connect(m_severity, &QSpinBox::valueChanged, m_severitySlider, &QSlider::setValue);

    auto *layout = new QHBoxLayout(box);
    layout->addWidget(m_severitySlider, 1);
    layout->addWidget(m_severity);
    return box;
}

QWidget *QuickLogDialog::createContext()
{
    auto *box = group(tr("What were you doing?"), this);
    m_context = new QButtonGroup(box);
    auto *layout = new QHBoxLayout(box);
    for (diary::Context context : diary::allContexts())
        layout->addWidget(radio(diary::contextName(context),
                                QStringLiteral("context_%1").arg(diary::contextId(context)),
                                m_context, static_cast<int>(context), box));
    layout->addWidget(
        radio(tr("Not said"), QStringLiteral("context_none"), m_context, kNoContext, box));
    m_context->button(kNoContext)->setChecked(true);
    layout->addStretch(1);
    return box;
}

QWidget *QuickLogDialog::createChecks()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *triggers = group(tr("Possible triggers"), column);
    auto *triggerGrid = new QGridLayout(triggers);
    int i = 0;
    for (diary::Trigger trigger : diary::allTriggers()) {
        auto *check = new QCheckBox(diary::triggerName(trigger), triggers);
        check->setObjectName(QStringLiteral("trigger_%1").arg(diary::triggerId(trigger)));
        check->setAccessibleName(tr("Trigger: %1").arg(check->text()));
        triggerGrid->addWidget(check, i / 2, i % 2);
        m_triggers.insert(trigger, check);
        ++i;
    }

    auto *reliefs = group(tr("What helped"), column);
    auto *reliefGrid = new QGridLayout(reliefs);
    i = 0;
    for (diary::Relief relief : diary::allReliefs()) {
        auto *check = new QCheckBox(diary::reliefName(relief), reliefs);
        check->setObjectName(QStringLiteral("relief_%1").arg(diary::reliefId(relief)));
        check->setAccessibleName(tr("Helped: %1").arg(check->text()));
        reliefGrid->addWidget(check, i / 2, i % 2);
        m_reliefs.insert(relief, check);
        ++i;
    }

    auto *noteBox = group(tr("Note"), column);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Anything else worth remembering (optional)"));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    auto *noteLayout = new QVBoxLayout(noteBox);
    noteLayout->addWidget(m_note);

    layout->addWidget(triggers);
    layout->addWidget(reliefs);
    layout->addWidget(noteBox);
    layout->addStretch(1);
    return column;
}

void QuickLogDialog::setFields(const diary::Episode &episode, bool keepTime)
{
    if (keepTime) {
        const QSignalBlocker blocker(m_at);
        m_at->setDateTime(episode.startedAt);
        m_when->button(kAtTime)->setChecked(true);
    }
    m_durationUnknown->setChecked(!episode.durationSeconds.has_value());
    if (episode.durationSeconds) {
        m_minutes->setValue(*episode.durationSeconds / 60);
        m_seconds->setValue(*episode.durationSeconds % 60);
    }
    m_location->setCurrentIndex(m_location->findData(static_cast<int>(episode.location)));
    m_side->button(static_cast<int>(episode.side))->setChecked(true);
    m_severity->setValue(episode.severity);
    m_context->button(episode.context ? static_cast<int>(*episode.context) : kNoContext)
        ->setChecked(true);
    if (keepTime) { // triggers, reliefs and the note belong to that one episode
        for (auto it = m_triggers.cbegin(); it != m_triggers.cend(); ++it)
            it.value()->setChecked(episode.triggers.contains(it.key()));
        for (auto it = m_reliefs.cbegin(); it != m_reliefs.cend(); ++it)
            it.value()->setChecked(episode.reliefs.contains(it.key()));
        m_note->setPlainText(episode.note);
    }
}

QDateTime QuickLogDialog::chosenStart() const
{
    const int id = m_when->checkedId();
    if (id == kAtTime) {
        const QDateTime at = m_at->dateTime();
        return at.addMSecs(-at.time().msec());
    }
    return m_now.addSecs(-60LL * std::max(0, id));
}

diary::Episode QuickLogDialog::episode() const
{
    diary::Episode episode;
    episode.id = m_id;
    episode.startedAt = chosenStart();
    if (!m_durationUnknown->isChecked())
        episode.durationSeconds = m_minutes->value() * 60 + m_seconds->value();
    episode.location = static_cast<kb::Location>(m_location->currentData().toInt());
    episode.side = static_cast<diary::Side>(m_side->checkedId());
    episode.severity = m_severity->value();
    if (m_context->checkedId() != kNoContext)
        episode.context = static_cast<diary::Context>(m_context->checkedId());
    for (auto it = m_triggers.cbegin(); it != m_triggers.cend(); ++it) {
        if (it.value()->isChecked())
            episode.triggers.append(it.key());
    }
    for (auto it = m_reliefs.cbegin(); it != m_reliefs.cend(); ++it) {
        if (it.value()->isChecked())
            episode.reliefs.append(it.key());
    }
    episode.note = m_note->toPlainText();
    return episode;
}

void QuickLogDialog::accept()
{
    const diary::Episode entered = episode();
    QString error = diary::validate(entered);
    if (error.isEmpty() && m_saver && !m_saver(entered, &error) && error.isEmpty())
        error = tr("the diary did not say why");
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    QDialog::accept();
}

void QuickLogDialog::showError(const QString &message)
{
    m_error->setText(
        tr("Not saved: %1. Nothing you entered is lost; try again or cancel.").arg(message));
    m_error->show();
}

} // namespace legcare::gui
