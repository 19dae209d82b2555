#include "diary/EpisodeModel.h"

#include "diary/DiaryText.h"

#include <QLocale>

#include <algorithm>

namespace legcare::gui {

EpisodeModel::EpisodeModel(diary::DiaryStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    resetTo(kPageSize);
}

void EpisodeModel::setFilter(const diary::EpisodeFilter &filter)
{
    m_filter = filter;
    resetTo(kPageSize);
}

void EpisodeModel::reload()
{
    resetTo(std::max<qint64>(kPageSize, m_rows.size()));
}

void EpisodeModel::resetTo(qint64 rowsWanted)
{
    m_fetching = true; // no fetchMore from the listeners of the reset itself
    beginResetModel();
    m_total = m_store.episodeCount(m_filter);
    m_rows = load(0, std::min(rowsWanted, m_total));
    endResetModel();
    m_fetching = false;
}

QList<diary::Episode> EpisodeModel::load(qint64 start, qint64 count) const
{
    if (count <= 0)
        return {};
    if (m_order == Qt::DescendingOrder)
        return m_store.episodes(m_filter, static_cast<int>(count), static_cast<int>(start));
    // Oldest first: the same rows, counted from the newest end and reversed.
    const qint64 newestFirstStart = std::max<qint64>(0, m_total - start - count);
    const qint64 available = m_total - start - newestFirstStart;
    QList<diary::Episode> rows = m_store.episodes(m_filter, static_cast<int>(available),
                                                  static_cast<int>(newestFirstStart));
    std::reverse(rows.begin(), rows.end());
    return rows;
}

int EpisodeModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int EpisodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EpisodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EpisodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const diary::Episode &episode = m_rows.at(index.row());
    if (role == EpisodeIdRole)
        return episode.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Severity || index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case When:
        if (role == Qt::ToolTipRole)
            return QLocale().toString(episode.startedAt, QLocale::LongFormat);
        return diarytext::when(episode.startedAt);
    case Duration:
        return diarytext::duration(episode.durationSeconds);
    case Where:
        return diarytext::where(episode.location, episode.side);
    case Severity:
        if (role == Qt::DisplayRole)
            return episode.severity;
        return tr("Severity %1 of 10").arg(episode.severity);
    case Context:
        return episode.context ? diary::contextName(*episode.context) : QString();
    case Triggers:
        return diarytext::triggers(episode.triggers);
    case Reliefs:
        return diarytext::reliefs(episode.reliefs);
    case Note:
        if (role == Qt::DisplayRole) {
            QString firstLine = episode.note.section(QLatin1Char('\n'), 0, 0);
            if (firstLine.size() < episode.note.size())
                firstLine += QStringLiteral(" …");
            return firstLine;
        }
        return episode.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EpisodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case When:
        return tr("Date and time");
    case Duration:
        return tr("How long");
    case Where:
        return tr("Where");
    case Severity:
        return tr("Severity");
    case Context:
        return tr("Doing what");
    case Triggers:
        return tr("Possible triggers");
    case Reliefs:
        return tr("What helped");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

bool EpisodeModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void EpisodeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 start = m_rows.size();
    const QList<diary::Episode> more = load(start, std::min<qint64>(kPageSize, m_total - start));
    if (more.isEmpty()) {
        m_total = start; // the diary shrank under us; stop asking
        return;
    }
    // Views and testers may ask for more while they hear of these rows; they get them next time.
    m_fetching = true;
    beginInsertRows({}, static_cast<int>(start), static_cast<int>(start + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_fetching = false;
}

void EpisodeModel::sort(int column, Qt::SortOrder order)
{
    if (column != When || order == m_order)
        return;
    m_order = order;
    resetTo(kPageSize);
}

} // namespace legcare::gui
