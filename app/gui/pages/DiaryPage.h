#pragma once

#include "diary/DiaryStore.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace legcare::gui {

class DayLine;
class DiaryChanges;
class DiaryFilterBar;
class DiaryStatsView;
class EpisodeModel;
class FrequencyPrompt;

// The cramp diary: the episodes in a table that loads lazily (EpisodeModel), a filter by period
// and place, today's water and routine, and the statistics and charts. Logging (Ctrl+N from
// anywhere), editing (Enter or double-click) and deleting (Del) go through undo commands on the
// page's QUndoStack, which the main window's Edit menu drives.
class DiaryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryPage)

public:
    explicit DiaryPage(diary::DiaryStore &store, QWidget *parent = nullptr);
    ~DiaryPage() override;

    QUndoStack *undoStack() const { return m_undo; }
    EpisodeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DiaryFilterBar *filterBar() const { return m_filter; }
    DiaryStatsView *statsView() const { return m_stats; }

public slots:
    // Re-reads what others wrote to the diary's database (a played routine, say).
    void reload();
    // Opens the quick-log dialog for a new episode.
    void logNewEpisode();
    // Opens the dialog on the table's current episode.
    void editCurrentEpisode();
    void deleteSelectedEpisodes();
    void showStatistics();

signals:
    void symptomCheckRequested();

private:
    QWidget *createEpisodesTab();
    void applyFilter();
    void storeChanged(qint64 focusId);
    void updateSummary();
    void updatePrompt();
    void selectEpisode(qint64 id);
    void editEpisode(qint64 id);

    diary::DiaryStore &m_store;
    DiaryChanges *m_changes = nullptr; // created before the stack, so it outlives no command's use
    QUndoStack *m_undo = nullptr;
    EpisodeModel *m_model = nullptr;
    DiaryFilterBar *m_filter = nullptr;
    FrequencyPrompt *m_prompt = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    DayLine *m_day = nullptr;
    DiaryStatsView *m_stats = nullptr;
};

} // namespace legcare::gui
