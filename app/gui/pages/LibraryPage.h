#pragma once

#include "i18n/Language.h"

#include <QUrl>
#include <QWidget>

class QAction;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QTreeView;

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::gui {

class KbBrowser;
class LibraryModel;

// The library: every condition, exercise, warning sign, fact and routine of the knowledge base,
// in a tree that search-as-you-type narrows, and the chosen item's page beside it, with links
// between pages and Back / Forward.
class LibraryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    LibraryPage(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                QWidget *parent = nullptr);

    // Shows an item's page (a legcare: link) and selects it in the tree; false when the link
    // names nothing.
    bool showItem(const QUrl &link);
    QUrl currentItem() const;

public slots:
    // Puts the cursor in the search field, its text selected (Edit ▸ Find).
    void focusSearch();
    // Opens a print preview (not modal) of the page shown, in print colours.
    void print();

private:
    void filter(const QString &query);
    void openIndex(const QModelIndex &index);
    void openFirstItem();
    void selectInTree(const QUrl &link);
    QString welcomeHtml() const;

    const kb::KnowledgeBase &m_kb;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    LibraryModel *m_model = nullptr;
    KbBrowser *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    bool m_syncing = false; // set while the tree follows the view, so it does not echo back
};

} // namespace legcare::gui
