#pragma once

#include "i18n/Language.h"
#include "kb/KnowledgeBase.h"

#include <QHash>
#include <QIcon>
#include <QStandardItemModel>
#include <QUrl>

namespace legcare::gui {

// The library's table of contents: a header row per group (Conditions, Exercises, Warning signs,
// Facts and advice, Routines) with the items under it. Shows either everything or the hits of
// a search, grouped the same way and best first (the group of the best hit on top); rebuilding
// is cheap (tens of rows), and an exercise's icon is drawn when its row is first shown.
class LibraryModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Role {
        LinkRole = Qt::UserRole + 1, // QUrl, the item's legcare: link; empty on headers
        GroupRole, // int, the Group of a header or item
    };

    enum class Group { Conditions, Exercises, WarningSigns, FactsAndAdvice, Routines };

    LibraryModel(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                 QObject *parent = nullptr);

    void showAll();
    // Shows only these items (search hits, best first); a "No matches" row when empty. The
    // first item row is then the best hit.
    void showHits(const QList<kb::SearchHit> &hits);
    bool isFiltered() const { return m_filtered; }

    // The row of an item, or an invalid index when it is not shown.
    QModelIndex indexOf(const QUrl &link) const;
    // The item rows shown, in display order.
    int itemCount() const;
    int itemCount(Group group) const;

    static constexpr QSize kIconSize{48, 32};

private:
    struct Entry
    {
        Group group;
        QUrl link;
        QString text;
        QString toolTip;
        QIcon icon;
        bool emergency = false;
    };

    void buildEntries();
    static Entry makeEntry(Group group, const QUrl &link, const QString &text,
                           const QString &summary);
    void rebuild(const QList<const Entry *> &entries);
    QStandardItem *headerItem(Group group, int count) const;
    QStandardItem *entryItem(const Entry &entry) const;

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    QList<Entry> m_entries; // every item, in the full tree's order
    QHash<QUrl, qsizetype> m_entryIndex;
    bool m_filtered = false;
};

} // namespace legcare::gui
