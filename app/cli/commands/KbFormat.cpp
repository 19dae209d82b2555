#include "commands/KbFormat.h"

#include "kb/Loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextBoundaryFinder>
#include <QTextStream>

#include <algorithm>

namespace legcare::cli {

namespace {

QString spaces(int count)
{
    return QString(std::max(count, 0), QLatin1Char(' '));
}

QStringView rightTrimmed(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    return text.first(end);
}

bool isWide(uint c)
{
    return (c >= 0x1100 && c <= 0x115F) // Hangul Jamo
        || (c >= 0x2E80 && c <= 0x303E) // CJK radicals, symbols and punctuation
        || (c >= 0x3041 && c <= 0x33FF) // kana, bopomofo, CJK compatibility
        || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0xA000 && c <= 0xA4CF) // Yi
        || (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
        || (c >= 0xFE30 && c <= 0xFE4F) // CJK compatibility forms
        || (c >= 0xFF00 && c <= 0xFF60) // full-width forms
        || (c >= 0xFFE0 && c <= 0xFFE6) // full-width signs
        || (c >= 0x20000 && c <= 0x3FFFD); // CJK extensions B and later
}

QJsonArray jsonTexts(const kb::LocalizedList &list, i18n::Language language)
{
    return QJsonArray::fromStringList(kb::texts(list, language));
}

} // namespace

std::optional<kb::KnowledgeBase> loadBundledKnowledgeBase(CommandContext &context)
{
    kb::LoadResult result = kb::Loader::load();
    if (!result.ok()) {
        for (const kb::LoadError &error : std::as_const(result.errors))
            context.err << error.toString() << Qt::endl;
        return std::nullopt;
    }
    return std::move(result.knowledgeBase);
}

void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

KbFormat::KbFormat(const kb::KnowledgeBase &knowledgeBase, i18n::Language language)
    : m_kb(knowledgeBase)
    , m_language(language)
{
}

QJsonObject KbFormat::conditionJson(const kb::Condition &condition) const
{
    QJsonArray locations;
    for (const kb::Location location : condition.locations)
        locations.append(kb::locationId(location));
    return {
        { QStringLiteral("id"), condition.id },
        { QStringLiteral("name"), text(condition.name) },
        { QStringLiteral("summary"), text(condition.summary) },
        { QStringLiteral("description"), text(condition.description) },
        { QStringLiteral("emergency"), condition.emergency },
        { QStringLiteral("locations"), locations },
        { QStringLiteral("causes"), jsonTexts(condition.causes, m_language) },
        { QStringLiteral("symptoms"), jsonTexts(condition.symptoms, m_language) },
        { QStringLiteral("triggers"), jsonTexts(condition.triggers, m_language) },
        { QStringLiteral("self_care"), jsonTexts(condition.selfCare, m_language) },
        { QStringLiteral("prevention"), jsonTexts(condition.prevention, m_language) },
        { QStringLiteral("see_doctor"), jsonTexts(condition.seeDoctor, m_language) },
        { QStringLiteral("exercises"), QJsonArray::fromStringList(condition.exercises) },
        { QStringLiteral("related"), QJsonArray::fromStringList(condition.related) },
        { QStringLiteral("sources"), QJsonArray::fromStringList(condition.sources) },
    };
}

QJsonObject KbFormat::exerciseJson(const kb::Exercise &exercise) const
{
    return {
        { QStringLiteral("id"), exercise.id },
        { QStringLiteral("name"), text(exercise.name) },
        { QStringLiteral("summary"), text(exercise.summary) },
        { QStringLiteral("target_muscles"), jsonTexts(exercise.targetMuscles, m_language) },
        { QStringLiteral("steps"), jsonTexts(exercise.steps, m_language) },
        { QStringLiteral("hold_seconds"), exercise.holdSeconds },
        { QStringLiteral("repetitions"), exercise.repetitions },
        { QStringLiteral("sets_per_day"), exercise.setsPerDay },
        { QStringLiteral("per_side"), exercise.perSide },
        { QStringLiteral("difficulty"), kb::difficultyId(exercise.difficulty) },
        { QStringLiteral("cautions"), jsonTexts(exercise.cautions, m_language) },
        { QStringLiteral("illustration"), exercise.illustration },
        { QStringLiteral("sources"), QJsonArray::fromStringList(exercise.sources) },
    };
}

QString KbFormat::conditionText(const kb::Condition &condition, Detail detail, int idWidth) const
{
    QString block = heading(condition.id, condition.name, idWidth);
    if (condition.emergency) {
        block += wrap(tr("EMERGENCY: get medical help now; this is not one for self-care."),
                      QStringLiteral("  ! "), QStringLiteral("    "));
    }
    block += wrap(text(condition.summary), QStringLiteral("  "), QStringLiteral("  "));
    if (detail == Detail::Full) {
        block += QLatin1Char('\n');
        block += wrap(text(condition.description), QStringLiteral("  "), QStringLiteral("  "));
        QStringList places;
        for (const kb::Location location : condition.locations)
            places.append(kb::locationName(location));
        block += QLatin1Char('\n');
        block += fields({ { tr("Usually felt in:"), joined(places) } });
        block += section(tr("Causes:"), condition.causes);
        block += section(tr("Symptoms:"), condition.symptoms);
        block += section(tr("Triggers:"), condition.triggers);
    } else {
        block += QLatin1Char('\n');
        block += section(tr("Causes:"), condition.causes);
    }
    block += section(tr("Self-care:"), condition.selfCare);
    block += section(tr("Prevention:"), condition.prevention);
    block += section(tr("When to see a doctor:"), condition.seeDoctor);
    if (detail == Detail::Full) {
        if (condition.exercises.isEmpty())
            block += fields({ { tr("Exercises:"), tr("none suggested") } });
        else
            block += idSection(tr("Exercises:"), condition.exercises, false);
        block += idSection(tr("Related:"), condition.related, true);
    }
    block += sourcesField(condition.sources);
    return block;
}

QString KbFormat::exerciseText(const kb::Exercise &exercise, int idWidth) const
{
    QString block = heading(exercise.id, exercise.name, idWidth);
    block += wrap(text(exercise.summary), QStringLiteral("  "), QStringLiteral("  "));
    block += QLatin1Char('\n');

    const QString hold = exercise.holdSeconds > 0
        ? tr("%1 s per repetition").arg(exercise.holdSeconds)
        : tr("none (a moving exercise)");
    const QString repetitions = exercise.perSide ? tr("%1 on each side").arg(exercise.repetitions)
                                                 : QString::number(exercise.repetitions);
    const QList<Field> properties = {
        { tr("Target muscles:"), joined(kb::texts(exercise.targetMuscles, m_language)) },
        { tr("Hold:"), hold },
        { tr("Repetitions:"), repetitions },
        { tr("Sets per day:"), QString::number(exercise.setsPerDay) },
        { tr("Difficulty:"), kb::difficultyName(exercise.difficulty) },
        { tr("Illustration:"), exercise.illustration },
    };
    block += fields(properties);
    block += numberedSection(tr("Steps:"), exercise.steps);
    block += section(tr("Cautions:"), exercise.cautions);
    block += sourcesField(exercise.sources);
    return block;
}

int KbFormat::displayWidth(QStringView text)
{
    int width = 0;
    for (const uint c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString KbFormat::wrap(const QString &text, const QString &firstPrefix, const QString &restPrefix,
                       int width)
{
    QString result;
    QString prefix = firstPrefix;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QString line = prefix;
        int lineWidth = displayWidth(prefix);
        bool lineHasText = false;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, paragraph);
        qsizetype start = 0;
        while (start < paragraph.size()) {
            qsizetype end = finder.toNextBoundary();
            if (end <= start)
                end = paragraph.size();
            const QStringView segment = QStringView(paragraph).sliced(start, end - start);
            start = end;
            if (lineHasText && lineWidth + displayWidth(rightTrimmed(segment)) > width) {
                result += rightTrimmed(line);
                result += QLatin1Char('\n');
                line = restPrefix;
                lineWidth = displayWidth(restPrefix);
            }
            line += segment;
            lineWidth += displayWidth(segment);
            lineHasText = true;
        }
        result += rightTrimmed(line);
        result += QLatin1Char('\n');
        prefix = restPrefix;
    }
    return result;
}

QString KbFormat::heading(const QString &id, const kb::LocalizedText &name, int idWidth) const
{
    const int nameColumn = std::max(idWidth, displayWidth(id)) + 2;
    return wrap(text(name), id + spaces(nameColumn - displayWidth(id)), spaces(nameColumn));
}

QString KbFormat::section(const QString &label, const kb::LocalizedList &items) const
{
    if (items.isEmpty())
        return {};
    QString result = QStringLiteral("  ") + label + QLatin1Char('\n');
    for (const kb::LocalizedText &item : items)
        result += wrap(text(item), QStringLiteral("    - "), QStringLiteral("      "));
    return result;
}

QString KbFormat::numberedSection(const QString &label, const kb::LocalizedList &items) const
{
    if (items.isEmpty())
        return {};
    QString result = QStringLiteral("  ") + label + QLatin1Char('\n');
    const int digits = static_cast<int>(QString::number(items.size()).size());
    const QString rest = spaces(4 + digits + 2);
    int number = 0;
    for (const kb::LocalizedText &item : items) {
        const QString first
            = spaces(4) + QString::number(++number).rightJustified(digits) + QStringLiteral(". ");
        result += wrap(text(item), first, rest);
    }
    return result;
}

QString KbFormat::idSection(const QString &label, const QStringList &ids, bool conditions) const
{
    if (ids.isEmpty())
        return {};
    int width = 0;
    for (const QString &id : ids)
        width = std::max(width, displayWidth(id));
    QString result = QStringLiteral("  ") + label + QLatin1Char('\n');
    for (const QString &id : ids) {
        QString name;
        if (conditions) {
            if (const kb::Condition *condition = m_kb.condition(id))
                name = text(condition->name);
        } else if (const kb::Exercise *exercise = m_kb.exercise(id)) {
            name = text(exercise->name);
        }
        const QString line = name.isEmpty() ? id : id + spaces(width - displayWidth(id) + 2) + name;
        result += wrap(line, QStringLiteral("    - "), QStringLiteral("      "));
    }
    return result;
}

QString KbFormat::fields(const QList<Field> &fields)
{
    int labelWidth = 0;
    for (const Field &field : fields)
        labelWidth = std::max(labelWidth, displayWidth(field.first));
    QString result;
    const QString rest = spaces(2 + labelWidth + 2);
    for (const Field &field : fields) {
        const QString first = QStringLiteral("  ") + field.first
            + spaces(labelWidth - displayWidth(field.first) + 2);
        result += wrap(field.second, first, rest);
    }
    return result;
}

QString KbFormat::sourcesField(const QStringList &sources) const
{
    QStringList shown;
    for (const QString &source : sources)
        shown.append(source == kb::kGeneralMedicalKnowledge ? tr("general medical knowledge")
                                                            : source);
    return fields({ { tr("Sources:"), joined(shown) } });
}

QString KbFormat::joined(const QStringList &items)
{
    //: Separates the items of a list on one line, e.g. "Calf, Foot, Toes".
    return items.join(tr(", "));
}

} // namespace legcare::cli
