#pragma once

#include "i18n/Language.h"
#include "kb/Model.h"

#include <QAbstractListModel>

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::gui {

// The exercises of a custom routine as the editor lists them: "2. Calf stretch — Hold 30 s ·
// 2 times · each side". The model only shows; it never changes itself. A drag and drop within
// the list asks for the move through moveRequested(), and the editor turns that into an undoable
// command; the model is then given the routine again.
class RoutineItemsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineItemsModel)

public:
    RoutineItemsModel(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                      QObject *parent = nullptr);

    void setItems(const QList<kb::RoutineItem> &items);
    const QList<kb::RoutineItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Emits moveRequested and returns false, so the view never removes the dragged row itself.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // Move the item at row `from` so that it ends up at row `to` (both in the list as it is).
    void moveRequested(int from, int to);

private:
    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    QList<kb::RoutineItem> m_items;
};

} // namespace legcare::gui
