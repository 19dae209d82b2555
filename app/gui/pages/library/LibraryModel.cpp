#include "pages/library/LibraryModel.h"

#include "common/Illustration.h"
#include "kb/HtmlRenderer.h"

#include <QApplication>
#include <QCollator>
#include <QPalette>

#include <algorithm>

namespace legcare::gui {

namespace {

QString groupTitle(LibraryModel::Group group)
{
    switch (group) {
    case LibraryModel::Group::Conditions:
        return LibraryModel::tr("Conditions");
    case LibraryModel::Group::Exercises:
        return LibraryModel::tr("Exercises");
    case LibraryModel::Group::WarningSigns:
        return LibraryModel::tr("Warning signs");
    case LibraryModel::Group::FactsAndAdvice:
        return LibraryModel::tr("Facts and advice");
    case LibraryModel::Group::Routines:
        return LibraryModel::tr("Routines");
    }
    return {};
}

// Names in the reader's language and alphabet order (pinyin for Chinese).
template<typename T, typename NameOf>
QList<const T *> sortedByName(const QList<T> &items, i18n::Language language, NameOf nameOf)
{
    QList<const T *> sorted;
    for (const T &item : items)
        sorted.append(&item);
    QCollator collator(i18n::localeFor(language));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const T *a, const T *b) {
        return collator.compare(nameOf(*a).text(language), nameOf(*b).text(language)) < 0;
    });
    return sorted;
}

} // namespace

LibraryModel::LibraryModel(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                           QObject *parent)
    : QStandardItemModel(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
{
    setObjectName(QStringLiteral("libraryModel"));
    buildEntries();
    showAll();
}

void LibraryModel::buildEntries()
{
    using kb::HtmlRenderer;
    using kb::ItemKind;

    // Emergencies first, each with a text tag (and bold) so that the warning does not rest on
    // colour alone and survives a narrow, eliding tree.
    auto conditions = sortedByName(m_kb.conditions(), m_language,
                                   [](const kb::Condition &c) { return c.name; });
    std::stable_partition(conditions.begin(), conditions.end(),
                          [](const kb::Condition *c) { return c->emergency; });
    for (const kb::Condition *condition : conditions) {
        const QString name = condition->name.text(m_language);
        Entry entry = makeEntry(Group::Conditions,
                                HtmlRenderer::link(ItemKind::Condition, condition->id), name,
                                condition->summary.text(m_language));
        if (condition->emergency) {
            entry.text = tr("Emergency: %1", "library tree: a condition that needs emergency care")
                             .arg(name);
            entry.emergency = true;
        }
        m_entries.append(entry);
    }

    const auto exercises
        = sortedByName(m_kb.exercises(), m_language, [](const kb::Exercise &e) { return e.name; });
    for (const kb::Exercise *exercise : exercises) {
        Entry entry = makeEntry(Group::Exercises,
                                HtmlRenderer::link(ItemKind::Exercise, exercise->id),
                                exercise->name.text(m_language), exercise->summary.text(m_language));
        entry.icon = illustrationIcon(exercise->illustration, kIconSize);
        m_entries.append(entry);
    }

    // Topics keep the knowledge base's order, which is written to be read top to bottom.
    for (const bool warnings : {true, false}) {
        for (const kb::Topic &topic : m_kb.topics()) {
            if ((topic.kind == kb::TopicKind::WarningSign) != warnings)
                continue;
            m_entries.append(makeEntry(warnings ? Group::WarningSigns : Group::FactsAndAdvice,
                                       HtmlRenderer::link(ItemKind::Topic, topic.id),
                                       topic.title.text(m_language), {}));
        }
    }

    for (const kb::Routine &routine : m_kb.routines()) {
        m_entries.append(makeEntry(Group::Routines, HtmlRenderer::link(ItemKind::Routine, routine.id),
                                   routine.name.text(m_language),
                                   routine.purpose.text(m_language)));
    }

    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_entryIndex.insert(m_entries[i].link, i);
}

LibraryModel::Entry LibraryModel::makeEntry(Group group, const QUrl &link, const QString &text,
                                            const QString &summary)
{
    // The tool tip gives the whole name (the tree may elide it) and what the item is about;
    // rich text, so that it wraps.
    const QString toolTip = summary.isEmpty()
        ? QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped())
        : QStringLiteral("<p><b>%1</b><br>%2</p>").arg(text.toHtmlEscaped(), summary.toHtmlEscaped());
    return {group, link, text, toolTip, {}, false};
}

void LibraryModel::showAll()
{
    QList<const Entry *> entries;
    for (const Entry &entry : m_entries)
        entries.append(&entry);
    m_filtered = false;
    rebuild(entries);
}

void LibraryModel::showHits(const QList<kb::SearchHit> &hits)
{
    QList<const Entry *> entries;
    for (const kb::SearchHit &hit : hits) {
        const auto found = m_entryIndex.constFind(kb::HtmlRenderer::link(hit.kind, hit.id));
        if (found != m_entryIndex.cend())
            entries.append(&m_entries[*found]);
    }
    m_filtered = true;
    rebuild(entries);
}

void LibraryModel::rebuild(const QList<const Entry *> &entries)
{
    clear();
    QStandardItem *root = invisibleRootItem();
    if (entries.isEmpty() && m_filtered) {
        auto *none = new QStandardItem(tr("No matches"));
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(QApplication::palette().brush(QPalette::PlaceholderText));
        root->appendRow(none);
        return;
    }
    // A group comes where its first entry does: the fixed order for the full tree, the best
    // hit's group first for a search. Inside a group, entries keep the order given.
    QList<Group> groups;
    for (const Entry *entry : entries) {
        if (!groups.contains(entry->group))
            groups.append(entry->group);
    }
    for (const Group group : groups) {
        QList<QStandardItem *> rows;
        for (const Entry *entry : entries) {
            if (entry->group == group)
                rows.append(entryItem(*entry));
        }
        QStandardItem *header = headerItem(group, static_cast<int>(rows.size()));
        header->appendRows(rows);
        root->appendRow(header);
    }
}

QStandardItem *LibraryModel::headerItem(Group group, int count) const
{
    auto *item = new QStandardItem(tr("%1 (%2)", "library tree: group name and its number of items")
                                       .arg(groupTitle(group))
                                       .arg(count));
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(static_cast<int>(group), GroupRole);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

QStandardItem *LibraryModel::entryItem(const Entry &entry) const
{
    auto *item = new QStandardItem(entry.icon, entry.text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(entry.link, LinkRole);
    item->setData(static_cast<int>(entry.group), GroupRole);
    if (!entry.toolTip.isEmpty())
        item->setToolTip(entry.toolTip);
    if (entry.emergency) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

QModelIndex LibraryModel::indexOf(const QUrl &link) const
{
    const QModelIndexList found
        = match(index(0, 0), LinkRole, link, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

int LibraryModel::itemCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += item(row)->rowCount();
    return count;
}

int LibraryModel::itemCount(Group group) const
{
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem *header = item(row);
        if (header->data(GroupRole).isValid()
            && header->data(GroupRole).toInt() == static_cast<int>(group))
            return header->rowCount();
    }
    return 0;
}

} // namespace legcare::gui
