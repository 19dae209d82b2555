#pragma once

#include "Command.h"
#include "kb/KnowledgeBase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>


namespace legcare::cli {

// Loads the knowledge base compiled into the program, once per command run. On failure prints
// every problem on stderr, one per line, and returns nothing: the command then exits 1 (the
// bundled data is broken, which is no fault of the user's input).
std::optional<kb::KnowledgeBase> loadBundledKnowledgeBase(CommandContext &context);

// Writes one indented UTF-8 JSON document on stdout.
void writeJson(QTextStream &out, const QJsonObject &object);

// Prints every item of a list: as {"<key>": [ ... ]} with --json, otherwise as text blocks
// separated by blank lines. toJson(item) and toText(item, idWidth) format one item.
template<typename Item, typename ToJson, typename ToText>
void writeItems(CommandContext &context, const QList<Item> &items, const QString &key,
                ToJson toJson, ToText toText);

// How the kb commands show conditions and exercises, in one language: as JSON objects for
// --json, and as aligned, wrapped text blocks otherwise. Section labels are translated.
class KbFormat final
{
    Q_DECLARE_TR_FUNCTIONS(KbFormat)

public:
    // Width of the text output, in terminal columns (a CJK character takes two).
    static constexpr int kLineWidth = 80;

    KbFormat(const kb::KnowledgeBase &knowledgeBase, i18n::Language language);

    QJsonObject conditionJson(const kb::Condition &condition) const;
    QJsonObject exerciseJson(const kb::Exercise &exercise) const;

    enum class Detail {
        Overview, // kb conditions: summary, causes, self-care, prevention, doctor, sources
        Full, // kb condition ID: every field
    };
    // A block of lines ending in a newline. idWidth pads the id of the heading so that the
    // names of a list line up (0: no padding).
    QString conditionText(const kb::Condition &condition, Detail detail, int idWidth = 0) const;
    QString exerciseText(const kb::Exercise &exercise, int idWidth = 0) const;

    // Terminal columns that a text takes: two for East Asian wide characters, one otherwise.
    static int displayWidth(QStringView text);
    // Wraps text at line-break opportunities (Unicode rules, so Chinese wraps between
    // characters) into lines no wider than width, the first starting with firstPrefix and the
    // rest with restPrefix. Newlines in the text start new lines; a word wider than the line
    // stays whole. Every line ends in '\n'.
    static QString wrap(const QString &text, const QString &firstPrefix, const QString &restPrefix,
                        int width = kLineWidth);
    // The widest id, for aligning a list's headings.
    template<typename Items> static int idWidth(const Items &items)
    {
        int width = 0;
        for (const auto &item : items)
            width = std::max(width, displayWidth(item.id));
        return width;
    }

private:
    using Field = std::pair<QString, QString>; // label, value

    QString text(const kb::LocalizedText &text) const { return text.text(m_language); }
    QString heading(const QString &id, const kb::LocalizedText &name, int idWidth) const;
    QString section(const QString &label, const kb::LocalizedList &items) const;
    QString numberedSection(const QString &label, const kb::LocalizedList &items) const;
    QString idSection(const QString &label, const QStringList &ids, bool conditions) const;
    static QString fields(const QList<Field> &fields);
    QString sourcesField(const QStringList &sources) const;
    static QString joined(const QStringList &items);

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
};

template<typename Item, typename ToJson, typename ToText>
void writeItems(CommandContext &context, const QList<Item> &items, const QString &key,
                ToJson toJson, ToText toText)
{
    if (context.json) {
        QJsonArray array;
        for (const Item &item : items)
            array.append(toJson(item));
        writeJson(context.out, { { key, array } });
        return;
    }
    const int width = KbFormat::idWidth(items);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            context.out << QLatin1Char('\n');
        context.out << toText(items[i], width);
    }
}

} // namespace legcare::cli
