#include "pages/LibraryPage.h"

#include "common/PageHeader.h"
#include "common/SafetyText.h"
#include "kb/KnowledgeBase.h"
#include "pages/library/KbBrowser.h"
#include "pages/library/LibraryModel.h"
#include "report/DocumentPrinter.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace legcare::gui {

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

LibraryPage::LibraryPage(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                         QWidget *parent)
    : QWidget(parent)
    , m_kb(knowledgeBase)
{
    setObjectName(QStringLiteral("libraryPage"));

    // Left: search above the table of contents.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search conditions, exercises and topics"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setToolTip(
        tr("Finds conditions, exercises and topics in English or Chinese (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    m_model = new LibraryModel(knowledgeBase, language, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setAccessibleName(tr("Library contents"));
    m_tree->setAccessibleDescription(tr("Choosing an item shows its page beside the list."));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setIconSize(LibraryModel::kIconSize);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->expandAll();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tree, 1);
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 24);

    // Right: Back / Forward above the page.
    m_view = new KbBrowser(knowledgeBase, language, this);
    m_back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    m_back->setObjectName(QStringLiteral("actionLibraryBack"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this);
    m_forward->setObjectName(QStringLiteral("actionLibraryForward"));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    for (QAction *action : {m_back, m_forward}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        action->setEnabled(false);
        addAction(action);
    }
    connect(m_back, &QAction::triggered, m_view, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_view, &QTextBrowser::forward);
    connect(m_view, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_view, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);

    auto *backButton = toolButton(m_back, this);
    backButton->setObjectName(QStringLiteral("libraryBack"));
    auto *forwardButton = toolButton(m_forward, this);
    forwardButton->setObjectName(QStringLiteral("libraryForward"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *navigation = new QHBoxLayout;
    navigation->setSpacing(2);
    navigation->addWidget(backButton);
    navigation->addWidget(forwardButton);
    navigation->addStretch(1);
    rightLayout->addLayout(navigation);
    rightLayout->addWidget(m_view, 1);
    right->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 660});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Library"),
        tr("Conditions that cause leg pain and cramps, their causes, self-care, prevention and "
           "when to see a doctor, and every exercise."),
        this));
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &LibraryPage::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPage::openFirstItem);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { openIndex(current); });
    connect(m_tree, &QTreeView::activated, this, &LibraryPage::openIndex);
    connect(m_view, &QTextBrowser::sourceChanged, this, &LibraryPage::selectInTree);

    m_view->setHtml(welcomeHtml());
}

bool LibraryPage::showItem(const QUrl &link)
{
    return m_view->open(link);
}

QUrl LibraryPage::currentItem() const
{
    return m_view->source();
}

void LibraryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPage::print()
{
    auto *preview = new QPrintPreviewDialog(this);
    preview->setObjectName(QStringLiteral("libraryPrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex current = m_tree->currentIndex();
    const QString title
        = current.isValid() && current.data(LibraryModel::LinkRole).toUrl() == m_view->source()
        ? current.data(Qt::DisplayRole).toString()
        : tr("LegCare library");
    preview->setWindowTitle(tr("Print “%1”").arg(title));
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, title](QPrinter *printer) {
        printer->setDocName(title);
        std::unique_ptr<QTextDocument> document = m_view->printDocument();
        const report::DocumentPrinter pages(
            safety::disclaimer(),
            tr("LegCare library, %1")
                .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
        pages.print(*document, *printer);
    });
    preview->open();
}

void LibraryPage::filter(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        m_model->showAll();
    else
        m_model->showHits(m_kb.search(trimmed));
    m_tree->expandAll();
    // The page stays; the tree marks it again if it is still among the items shown.
    selectInTree(m_view->source());
    m_tree->scrollToTop();
}

void LibraryPage::openIndex(const QModelIndex &index)
{
    if (m_syncing || !index.isValid())
        return;
    const QUrl link = index.data(LibraryModel::LinkRole).toUrl();
    if (link.isValid())
        m_view->open(link);
}

void LibraryPage::openFirstItem()
{
    // Enter in the search field opens the best hit, which the model puts first.
    const QModelIndex group = m_model->index(0, 0);
    const QModelIndex first = m_model->index(0, 0, group);
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->setFocus(Qt::OtherFocusReason);
    }
}

void LibraryPage::selectInTree(const QUrl &link)
{
    m_syncing = true;
    const QModelIndex index = link.isEmpty() ? QModelIndex() : m_model->indexOf(link);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clear();
    }
    m_syncing = false;
}

QString LibraryPage::welcomeHtml() const
{
    const kb::Counts counts = m_kb.counts();
    return QStringLiteral("<p>%1</p><p>%2</p>")
        .arg(tr("%1 conditions, %2 exercises, %3 topics and %4 stretching routines.")
                 .arg(counts.conditions)
                 .arg(counts.exercises)
                 .arg(counts.topics)
                 .arg(counts.routines)
                 .toHtmlEscaped(),
             tr("Choose an item on the left, or type in the search field to find one. Links "
                "in a page lead to related conditions, exercises and topics.")
                 .toHtmlEscaped());
}

} // namespace legcare::gui
