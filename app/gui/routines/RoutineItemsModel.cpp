#include "routines/RoutineItemsModel.h"

#include "kb/KnowledgeBase.h"
#include "routines/RoutineText.h"

#include <QMimeData>

namespace legcare::gui {

namespace {
const QString kMimeType = QStringLiteral("application/x-legcare-routine-item");
}

RoutineItemsModel::RoutineItemsModel(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                                     QObject *parent)
    : QAbstractListModel(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
{
}

void RoutineItemsModel::setItems(const QList<kb::RoutineItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int RoutineItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant RoutineItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kb::RoutineItem &item = m_items.at(index.row());
    const kb::Exercise *exercise = m_kb.exercise(item.exerciseId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (!exercise)
            return tr("%1. Unknown exercise “%2”").arg(index.row() + 1).arg(item.exerciseId);
        return tr("%1. %2 — %3")
            .arg(index.row() + 1)
            .arg(exercise->name.text(m_language), routines::RoutineText::dose(item, *exercise));
    case Qt::ToolTipRole:
        return exercise ? exercise->summary.text(m_language) : QVariant();
    case Qt::UserRole:
        return item.exerciseId;
    default:
        return {};
    }
}

Qt::ItemFlags RoutineItemsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? (base | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions RoutineItemsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RoutineItemsModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *RoutineItemsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.first().isValid())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool RoutineItemsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(kMimeType);
}

bool RoutineItemsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(kMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= m_items.size())
        return false;
    // row is the gap the item is dropped into (-1: onto an item, or after the last one).
    int gap = row;
    if (gap < 0)
        gap = parent.isValid() ? parent.row() : int(m_items.size());
    const int to = gap > from ? gap - 1 : gap;
    if (to != from)
        emit moveRequested(from, to);
    return false;
}

} // namespace legcare::gui
