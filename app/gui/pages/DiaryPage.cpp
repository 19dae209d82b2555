#include "pages/DiaryPage.h"

#include "common/PageHeader.h"
#include "diary/DayLine.h"
#include "diary/DiaryFilterBar.h"
#include "diary/DiaryStatsView.h"
#include "diary/EpisodeModel.h"
#include "diary/FrequencyPrompt.h"
#include "diary/QuickLogDialog.h"
#include "diary/Statistics.h"
#include "diary/commands/EpisodeCommands.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace legcare::gui {

DiaryPage::DiaryPage(diary::DiaryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_changes(new DiaryChanges(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("diaryPage"));
    m_undo->setObjectName(QStringLiteral("diaryUndoStack"));

    auto *newButton = new QPushButton(tr("&New cramp episode…"), this);
    newButton->setObjectName(QStringLiteral("diaryNewEpisode"));
    newButton->setAccessibleName(tr("New cramp episode"));
    newButton->setToolTip(
        tr("Log a cramp (%1, from anywhere in LegCare)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(newButton, &QPushButton::clicked, this, &DiaryPage::logNewEpisode);

    m_filter = new DiaryFilterBar(this);
    connect(m_filter, &DiaryFilterBar::filterChanged, this, &DiaryPage::applyFilter);

    m_prompt = new FrequencyPrompt(this);
    m_prompt->setObjectName(QStringLiteral("diaryPagePrompt"));
    connect(m_prompt, &FrequencyPrompt::symptomCheckRequested, this,
            &DiaryPage::symptomCheckRequested);

    m_stats = new DiaryStatsView(store, this);
    connect(m_stats, &DiaryStatsView::symptomCheckRequested, this,
            &DiaryPage::symptomCheckRequested);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("diaryTabs"));
    m_tabs->setAccessibleName(tr("Diary views"));
    m_tabs->addTab(createEpisodesTab(), tr("&Episodes"));
    m_tabs->addTab(m_stats, tr("S&tatistics and charts"));
    // The statistics carry the same prompt; one on screen is enough.
    connect(m_tabs, &QTabWidget::currentChanged, this, &DiaryPage::updatePrompt);

    // The button and the filter on rows of their own, so the page fits narrow windows.
    auto *top = new QHBoxLayout;
    top->addWidget(newButton);
    top->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new PageHeader(tr("Diary"),
                       tr("Log each cramp in a few seconds (Ctrl+N), see how often they come, and "
                          "take the record to your doctor."),
                       this));
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_prompt);
    layout->addWidget(m_tabs, 1);

    connect(m_changes, &DiaryChanges::changed, this, &DiaryPage::storeChanged);
    connect(m_changes, &DiaryChanges::failed, this, [this](const QString &message) {
        m_model->reload();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Diary"),
                                    tr("The diary could not do that: %1").arg(message),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("diaryErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    applyFilter();
}

DiaryPage::~DiaryPage()
{
    m_undo->clear(); // commands go before the store's users do
}

QWidget *DiaryPage::createEpisodesTab()
{
    auto *tab = new QWidget(this);
    m_day = new DayLine(m_store, tab);
    connect(m_day, &DayLine::daySaved, this, [this] { m_stats->markDirty(); });

    m_model = new EpisodeModel(m_store, this);
    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("diaryTable"));
    m_table->setAccessibleName(tr("Cramp episodes"));
    m_table->setAccessibleDescription(
        tr("Enter or double-click edits an episode, Delete removes it, Ctrl+Z undoes."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(EpisodeModel::When, Qt::DescendingOrder);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setToolTip(tr("Click “Date and time” to show the oldest or the newest first."));
    const QFontMetrics metrics = m_table->fontMetrics();
    const QList<QPair<int, QString>> widths = {
        { EpisodeModel::When, QStringLiteral("2024-12-31 23:59 PM") },
        { EpisodeModel::Duration, QStringLiteral("10 min 30 s") },
        { EpisodeModel::Where, QStringLiteral("Inner thigh, both") },
        { EpisodeModel::Severity, QStringLiteral("Severity") },
        { EpisodeModel::Context, QStringLiteral("Exercising") },
        { EpisodeModel::Triggers, QStringLiteral("Long sitting, little water") },
        { EpisodeModel::Reliefs, QStringLiteral("Stretching, massage") },
    };
    for (const auto &[column, sample] : widths)
        header->resizeSection(column, metrics.horizontalAdvance(sample) + 24);
    connect(header, &QHeaderView::sectionClicked, this, [this, header](int column) {
        Qt::SortOrder order = m_model->timeOrder();
        if (column == EpisodeModel::When)
            order = order == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder;
        m_model->sort(EpisodeModel::When, order);
        header->setSortIndicator(EpisodeModel::When, order); // only time sorts (see EpisodeModel)
    });

    connect(m_table, &QTableView::activated, this, &DiaryPage::editCurrentEpisode);
    auto *deleteAction = new QAction(tr("Delete episode"), m_table);
    deleteAction->setObjectName(QStringLiteral("actionDeleteEpisode"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &DiaryPage::deleteSelectedEpisodes);
    m_table->addAction(deleteAction);
    auto *editAction = new QAction(tr("Edit episode…"), m_table);
    connect(editAction, &QAction::triggered, this, &DiaryPage::editCurrentEpisode);
    m_table->insertAction(deleteAction, editAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_summary = new QLabel(tab);
    m_summary->setObjectName(QStringLiteral("diarySummary"));
    m_message = new QLabel(tab);
    m_message->setObjectName(QStringLiteral("diaryMessage"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary);
    footer->addStretch(1);
    footer->addWidget(m_message);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_day);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    return tab;
}

void DiaryPage::applyFilter()
{
    const diary::EpisodeFilter filter = m_filter->filter();
    m_model->setFilter(filter);
    m_stats->setPeriod(filter.from, filter.to, filter.location.has_value());
    updateSummary();
    updatePrompt();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void DiaryPage::reload()
{
    m_day->reload();
    m_stats->markDirty();
}

void DiaryPage::storeChanged(qint64 focusId)
{
    m_model->reload();
    m_stats->markDirty();
    updateSummary();
    updatePrompt();
    if (focusId > 0)
        selectEpisode(focusId);
    m_message->setText(
        m_undo->canUndo()
            ? tr("Undo with %1.")
                  .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
            : QString());
}

void DiaryPage::updateSummary()
{
    const qint64 total = m_model->totalCount();
    m_summary->setText(tr("Episodes shown: %1").arg(QLocale().toString(total)));
    // "Everything" starts at the first episode.
    const qint64 all = m_store.episodeCount();
    const QList<diary::Episode> oldest
        = all > 0 ? m_store.episodes({}, 1, static_cast<int>(all - 1)) : QList<diary::Episode>();
    m_filter->setEarliest(oldest.isEmpty() ? QDate::currentDate()
                                           : oldest.constFirst().startedAt.date());
}

void DiaryPage::updatePrompt()
{
    // Always about now, whatever period the list shows: the last four weeks up to today.
    const QDate today = QDate::currentDate();
    const diary::Statistics recent = diary::computeStatistics(m_store, today.addDays(-27), today);
    m_prompt->update(recent.frequentThresholdMet, recent.lastSevenDaysCount,
                     recent.lastFourWeeksPerWeek);
    if (m_tabs->currentWidget() == m_stats)
        m_prompt->hide();
}

void DiaryPage::selectEpisode(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})
           && m_model->rowCount() < 5 * EpisodeModel::kPageSize) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DiaryPage::logNewEpisode()
{
    const QList<diary::Episode> newest = m_store.episodes({}, 1);
    std::optional<diary::Episode> last;
    if (!newest.isEmpty())
        last = newest.constFirst();
    auto *dialog = new QuickLogDialog(
        QuickLogDialog::Mode::New, last,
        [this](const diary::Episode &episode, QString *error) {
            auto command = std::make_unique<AddEpisodeCommand>(m_store, m_changes, episode);
            if (!command->execute(error))
                return false;
            m_undo->push(command.release());
            return true;
        },
        window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DiaryPage::editCurrentEpisode()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        editEpisode(m_model->episodeAt(current.row()).id);
}

void DiaryPage::editEpisode(qint64 id)
{
    const std::optional<diary::Episode> before = m_store.episode(id);
    if (!before)
        return;
    auto *dialog = new QuickLogDialog(
        QuickLogDialog::Mode::Edit, before,
        [this, before](const diary::Episode &after, QString *error) {
            if (after.sameContent(*before))
                return true; // nothing changed: nothing to undo
            auto command = std::make_unique<EditEpisodeCommand>(m_store, m_changes, *before, after);
            if (!command->execute(error))
                return false;
            m_undo->push(command.release());
            return true;
        },
        window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DiaryPage::deleteSelectedEpisodes()
{
    QList<diary::Episode> episodes;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const auto stored = m_store.episode(m_model->episodeAt(index.row()).id))
            episodes.append(*stored);
    }
    if (episodes.isEmpty())
        return;
    const int firstRow = rows.constFirst().row();
    auto command = std::make_unique<DeleteEpisodesCommand>(m_store, m_changes, episodes);
    QString error;
    if (!command->execute(&error)) {
        emit m_changes->failed(error);
        return;
    }
    m_undo->push(command.release());
    // The episode after the deleted one takes its place under the cursor.
    const int nextRow = std::min(firstRow, m_model->rowCount() - 1);
    if (nextRow >= 0)
        m_table->setCurrentIndex(m_model->index(nextRow, 0));
}

void DiaryPage::showStatistics()
{
    m_tabs->setCurrentWidget(m_stats);
}

} // namespace legcare::gui
