#include "pages/StretchingPage.h"

#include "common/PageHeader.h"
#include "diary/commands/DiaryCommand.h"
#include "dialogs/RoutinePrinting.h"
#include "kb/KnowledgeBase.h"
#include "pages/library/KbBrowser.h"
#include "routines/RoutineCatalog.h"
#include "routines/RoutineCommands.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutinePlayerDialog.h"
#include "routines/RoutineStore.h"
#include "routines/RoutineText.h"
#include "routines/Timing.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace legcare::gui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kHistoryLimit = 200;

} // namespace

StretchingPage::StretchingPage(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                               diary::DiaryStore &diary, QWidget *parent)
    : QWidget(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
    , m_diary(diary)
    , m_routines(std::make_unique<routines::RoutineStore>(diary))
    , m_changes(new DiaryChanges(this))
    , m_undo(new QUndoStack(this))
    , m_printing(new RoutinePrinting(knowledgeBase, language, this))
{
    setObjectName(QStringLiteral("stretchingPage"));
    m_undo->setObjectName(QStringLiteral("routineUndoStack"));
    connect(m_changes, &DiaryChanges::changed, this, &StretchingPage::storeChanged);
    connect(m_changes, &DiaryChanges::failed, this, [this](const QString &message) { m_message->setText(message); });

    // The routines: built-in first, then the person's own.
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("routineList"));
    m_list->setAccessibleName(tr("Routines"));
    m_list->setAccessibleDescription(
        tr("Choosing a routine shows it; Enter starts the guided routine."));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &StretchingPage::showCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, kIdRole).toString().isEmpty())
            startRoutine();
    });

    auto *create = new QPushButton(tr("&New routine"), this);
    create->setObjectName(QStringLiteral("newRoutineButton"));
    create->setToolTip(tr("Make a routine of your own from the exercises"));
    connect(create, &QPushButton::clicked, this, &StretchingPage::newRoutine);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyRoutineButton"));
    m_copy->setToolTip(tr("Copy this routine into your own routines, to change it"));
    connect(m_copy, &QPushButton::clicked, this, &StretchingPage::copyRoutine);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteRoutineButton"));
    m_delete->setToolTip(tr("Delete this routine of yours (Edit ▸ Undo brings it back)"));
    connect(m_delete, &QPushButton::clicked, this, &StretchingPage::deleteRoutine);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(create);
    listButtons->addWidget(m_copy);
    listButtons->addWidget(m_delete);
    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);

    // The chosen routine: its page, its editor (own routines only) and the history.
    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start guided routine"), this);
    m_start->setObjectName(QStringLiteral("startRoutineButton"));
    m_start->setToolTip(tr("Play the routine one exercise at a time, with hold timers"));
    connect(m_start, &QPushButton::clicked, this, &StretchingPage::startRoutine);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printRoutineButton"));
    m_print->setToolTip(tr("Print the routine as a sheet to keep at hand"));
    connect(m_print, &QPushButton::clicked, this, &StretchingPage::printRoutine);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("saveRoutinePdfButton"));
    connect(m_pdf, &QPushButton::clicked, this, &StretchingPage::saveRoutineAsPdf);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addStretch(1);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);

    m_view = new KbBrowser(knowledgeBase, language, this);
    m_view->setObjectName(QStringLiteral("routineView"));
    m_view->setAccessibleName(tr("Routine"));
    m_editor = new RoutineEditor(knowledgeBase, language, this);
    connect(m_editor, &RoutineEditor::editRequested, this, &StretchingPage::applyEdit);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("routineHistory"));
    m_history->setAccessibleName(tr("Routines you have done"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Routine"), tr("Exercises done"), tr("Time"), tr("Result")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("stretchingTabs"));
    m_tabs->addTab(m_view, tr("Routine"));
    m_tabs->addTab(m_editor, tr("Edit"));
    m_tabs->addTab(m_history, tr("History"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("stretchingMessage"));
    m_message->setWordWrap(true);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_tabs, 1);
    detailLayout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("stretchingSplitter"));
    splitter->addWidget(listPanel);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Stretching"),
        tr("Stretches and routines for cramps and leg-root pain: see how each is done, play a routine "
           "with hold timers, or print it. Stop any exercise that hurts."),
        this));
    layout->addWidget(splitter, 1);

    reloadRoutines(QString());
    reloadHistory();
}

StretchingPage::~StretchingPage() = default;

std::optional<routines::Routine> StretchingPage::currentRoutine() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return routines::RoutineCatalog(m_kb, m_routines.get()).find(item->data(0, kIdRole).toString());
}

bool StretchingPage::canPrint() const
{
    return m_print->isEnabled();
}

bool StretchingPage::selectRoutine(const QString &id)
{
    for (int group = 0; group < m_list->topLevelItemCount(); ++group) {
        QTreeWidgetItem *parent = m_list->topLevelItem(group);
        for (int i = 0; i < parent->childCount(); ++i) {
            if (parent->child(i)->data(0, kIdRole).toString() == id) {
                m_list->setCurrentItem(parent->child(i));
                return true;
            }
        }
    }
    return false;
}

void StretchingPage::reloadRoutines(const QString &selectId)
{
    const QList<routines::Routine> all = routines::RoutineCatalog(m_kb, m_routines.get()).all();
    m_list->clear();
    auto *builtIn = new QTreeWidgetItem(m_list, {tr("Routines from LegCare")});
    auto *own = new QTreeWidgetItem(m_list, {tr("My routines")});
    for (QTreeWidgetItem *group : {builtIn, own}) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
    }
    for (const routines::Routine &routine : all) {
        auto *item = new QTreeWidgetItem(routine.isCustom() ? own : builtIn, {routine.name.text(m_language)});
        item->setData(0, kIdRole, routine.id);
        item->setToolTip(0, tr("About %1").arg(routines::DurationText::format(routines::totalSeconds(routine, m_kb))));
    }
    if (own->childCount() == 0) {
        auto *hint = new QTreeWidgetItem(own, {tr("None yet: use New routine or Copy")});
        hint->setFlags(Qt::NoItemFlags);
    }
    m_list->expandAll();
    if (selectId.isEmpty() || !selectRoutine(selectId)) {
        if (builtIn->childCount() > 0)
            m_list->setCurrentItem(builtIn->child(0));
    }
    showCurrent();
}

void StretchingPage::showCurrent()
{
    const std::optional<routines::Routine> routine = currentRoutine();
    const bool has = routine.has_value();
    const bool custom = has && routine->isCustom();
    const bool playable = has && routines::totalSeconds(*routine, m_kb) > 0;
    m_start->setEnabled(playable);
    m_print->setEnabled(playable);
    m_pdf->setEnabled(playable);
    m_copy->setEnabled(has);
    m_delete->setEnabled(custom);
    m_tabs->setTabEnabled(1, custom);
    m_tabs->setTabToolTip(1, custom ? QString() : tr("Routines from LegCare cannot be changed; copy one to change it"));
    if (!custom && m_tabs->currentIndex() == 1)
        m_tabs->setCurrentIndex(0);
    if (!has) {
        m_view->clear();
        emit currentRoutineChanged();
        return;
    }
    m_view->setHtml(routines::RoutineText::html(*routine, m_kb, m_language));
    if (custom)
        m_editor->setRoutine(*routine, m_editRow);
    m_editRow = -1;
    emit currentRoutineChanged();
}

void StretchingPage::storeChanged(qint64 focusId)
{
    m_message->clear();
    const std::optional<routines::Routine> current = currentRoutine();
    QString select = focusId > 0 ? routines::customKey(focusId) : QString();
    if (select.isEmpty() && current)
        select = current->id;
    reloadRoutines(select);
}

void StretchingPage::applyEdit(const routines::Routine &after, const QString &text, int row)
{
    const std::optional<routines::Routine> before = currentRoutine();
    if (!before || before->customId != after.customId)
        return;
    m_editRow = row;
    if (!push(std::make_unique<SaveRoutineCommand>(m_diary, m_changes, *before, after, text))) {
        m_editRow = -1;
        m_editor->setRoutine(*before, row);
    }
}

bool StretchingPage::push(std::unique_ptr<DiaryCommand> command)
{
    QString error;
    if (!command->execute(&error)) {
        m_message->setText(error);
        return false;
    }
    m_undo->push(command.release());
    return true;
}

QString StretchingPage::uniqueName(const QString &base) const
{
    const QList<routines::Routine> own = m_routines->customRoutines();
    const auto taken = [&own](const QString &name) {
        return std::any_of(own.cbegin(), own.cend(), [&name](const routines::Routine &routine) {
            return routine.name.en.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = base.left(routines::kMaxNameLength);
    for (int n = 2; taken(name); ++n)
        name = tr("%1 (%2)").arg(base.left(routines::kMaxNameLength - 6)).arg(n);
    return name;
}

void StretchingPage::newRoutine()
{
    if (!push(std::make_unique<CreateRoutineCommand>(m_diary, m_changes, uniqueName(tr("My routine")),
                                                     QList<kb::RoutineItem>{})))
        return;
    m_tabs->setCurrentIndex(1);
    m_editor->setFocus();
}

void StretchingPage::copyRoutine()
{
    const std::optional<routines::Routine> routine = currentRoutine();
    if (!routine)
        return;
    const QString name = uniqueName(tr("%1 (my copy)").arg(routine->name.text(m_language)));
    if (push(std::make_unique<CreateRoutineCommand>(m_diary, m_changes, name, routine->items)))
        m_tabs->setCurrentIndex(1);
}

void StretchingPage::deleteRoutine()
{
    const std::optional<routines::Routine> routine = currentRoutine();
    if (!routine || !routine->isCustom())
        return;
    if (!push(std::make_unique<DeleteRoutineCommand>(m_diary, m_changes, *routine)))
        return;
    m_message->setText(tr("Deleted “%1”. Edit ▸ Undo brings it back.").arg(routine->name.text(m_language)));
}

void StretchingPage::startRoutine()
{
    const std::optional<routines::Routine> routine = currentRoutine();
    if (!routine || routines::totalSeconds(*routine, m_kb) == 0)
        return;
    // The page's child, so that m_routines, which it records through, outlives it.
    auto *dialog = new RoutinePlayerDialog(*routine, m_kb, m_language, m_routines.get(), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoutinePlayerDialog::sessionRecorded, this, [this] {
        reloadHistory();
        emit sessionRecorded();
    });
    dialog->open();
}

void StretchingPage::printRoutine()
{
    if (const std::optional<routines::Routine> routine = currentRoutine())
        m_printing->print(*routine);
}

void StretchingPage::saveRoutineAsPdf()
{
    if (const std::optional<routines::Routine> routine = currentRoutine())
        m_printing->saveAsPdf(*routine);
}

void StretchingPage::reloadHistory()
{
    m_history->clear();
    const QList<routines::Session> sessions = m_routines->sessions();
    const QLocale locale;
    for (const routines::Session &session : sessions.mid(0, kHistoryLimit)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, locale.toString(session.startedAt, QLocale::ShortFormat));
        item->setText(1, session.routineName);
        item->setText(2, tr("%1 of %2").arg(session.completedExercises.size()).arg(session.plannedExercises));
        item->setText(3, routines::DurationText::format(session.durationSeconds));
        item->setText(4, session.finished ? tr("Completed") : tr("Stopped early"));
    }
}

} // namespace legcare::gui
