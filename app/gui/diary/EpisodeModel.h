#pragma once

#include "diary/DiaryStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace legcare::gui {

// The diary's episodes as a table that loads lazily: a page of kPageSize rows at a time through
// DiaryStore::episodes(filter, limit, offset), more when the view scrolls to the end
// (canFetchMore / fetchMore); the total comes from DiaryStore::episodeCount(filter). A diary of
// 100,000 episodes therefore opens with one page in memory.
//
// Order: by the time the episode started, newest first (the store's order) or oldest first
// (the same pages read from the other end). The store offers no other order, so the model
// sorts by no other column.
class EpisodeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeModel)

public:
    enum Column { When, Duration, Where, Severity, Context, Triggers, Reliefs, Note, ColumnCount };
    enum Role { EpisodeIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit EpisodeModel(diary::DiaryStore &store, QObject *parent = nullptr);

    const diary::EpisodeFilter &filter() const { return m_filter; }
    void setFilter(const diary::EpisodeFilter &filter);
    // Re-reads the diary after a change, keeping as many rows loaded as before.
    void reload();

    // Episodes matching the filter, loaded or not.
    qint64 totalCount() const { return m_total; }
    const diary::Episode &episodeAt(int row) const { return m_rows.at(row); }
    // The loaded row that holds the episode, or -1.
    int rowOf(qint64 id) const;

    Qt::SortOrder timeOrder() const { return m_order; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Only the When column sorts (see the class comment); other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // Rows [start, start + count) in the model's order.
    QList<diary::Episode> load(qint64 start, qint64 count) const;
    void resetTo(qint64 rowsWanted);

    diary::DiaryStore &m_store;
    diary::EpisodeFilter m_filter;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    qint64 m_total = 0;
    bool m_fetching = false;
    QList<diary::Episode> m_rows;
};

} // namespace legcare::gui
