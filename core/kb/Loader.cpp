#include "kb/Loader.h"

#include "kb/JsonReader.h"
#include "kb/TriageReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace legcare::kb {

using detail::JsonReader;
using detail::readObjectFile;

namespace {

// Ranges of the format (docs/knowledge-base-format.md).
constexpr int kMaxHoldSeconds = 300;
constexpr int kMaxRepetitions = 50;
constexpr int kMaxSetsPerDay = 6;

// The *.json files of a folder, sorted, as paths relative to the root.
QStringList itemFiles(const QString &root, const QString &folder, QList<LoadError> &errors)
{
    const QDir dir(root + QLatin1Char('/') + folder);
    if (!dir.exists()) {
        errors.append({folder + QLatin1Char('/'), {}, Loader::tr("folder is missing")});
        return {};
    }
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(folder + QLatin1Char('/') + name);
    if (files.isEmpty())
        errors.append({folder + QLatin1Char('/'), {}, Loader::tr("holds no .json files")});
    return files;
}

// Reads the id of a one-item file and checks that it matches the file name.
QString readItemId(JsonReader &reader, const QString &relative)
{
    const QString id = reader.id(QStringLiteral("id"));
    reader.setItem(id);
    const QString expected = QFileInfo(relative).completeBaseName();
    if (!id.isEmpty() && id != expected)
        reader.error(QStringLiteral("id"), Loader::tr("'%1' does not match the file name '%2'").arg(id, expected));
    return id;
}

Condition readCondition(JsonReader &reader, const QString &relative)
{
    Condition item;
    item.id = readItemId(reader, relative);
    item.name = reader.text(QStringLiteral("name"));
    item.summary = reader.text(QStringLiteral("summary"));
    item.description = reader.text(QStringLiteral("description"));
    item.emergency = reader.boolean(QStringLiteral("emergency"));
    const QStringList locations = reader.idList(QStringLiteral("locations"));
    for (qsizetype i = 0; i < locations.size(); ++i) {
        if (const auto location = parseLocation(locations[i]))
            item.locations.append(*location);
        else
            reader.error(QStringLiteral("locations[%1]").arg(i), Loader::tr("unknown location '%1'").arg(locations[i]));
    }
    item.causes = reader.textList(QStringLiteral("causes"));
    item.symptoms = reader.textList(QStringLiteral("symptoms"));
    item.triggers = reader.textList(QStringLiteral("triggers"));
    item.selfCare = reader.textList(QStringLiteral("self_care"));
    item.prevention = reader.textList(QStringLiteral("prevention"));
    item.seeDoctor = reader.textList(QStringLiteral("see_doctor"));
    item.exercises = reader.idList(QStringLiteral("exercises"));
    item.related = reader.idList(QStringLiteral("related"));
    item.sources = reader.sources(QStringLiteral("sources"));
    if (item.seeDoctor.isEmpty())
        reader.error(QStringLiteral("see_doctor"), Loader::tr("must say when to see a doctor"));
    if (item.emergency && !item.exercises.isEmpty())
        reader.error(QStringLiteral("exercises"), Loader::tr("an emergency condition must suggest no exercises"));
    reader.finish();
    return item;
}

Exercise readExercise(JsonReader &reader, const QString &relative)
{
    Exercise item;
    item.id = readItemId(reader, relative);
    item.name = reader.text(QStringLiteral("name"));
    item.summary = reader.text(QStringLiteral("summary"));
    item.targetMuscles = reader.textList(QStringLiteral("target_muscles"));
    item.steps = reader.textList(QStringLiteral("steps"));
    item.holdSeconds = reader.integer(QStringLiteral("hold_seconds"), 0, kMaxHoldSeconds);
    item.repetitions = reader.integer(QStringLiteral("repetitions"), 1, kMaxRepetitions);
    item.setsPerDay = reader.integer(QStringLiteral("sets_per_day"), 1, kMaxSetsPerDay);
    item.perSide = reader.boolean(QStringLiteral("per_side"));
    const QString difficulty = reader.oneOf(
        QStringLiteral("difficulty"), {QStringLiteral("easy"), QStringLiteral("moderate"), QStringLiteral("hard")});
    item.difficulty = difficulty == QLatin1String("hard")
        ? Difficulty::Hard
        : (difficulty == QLatin1String("moderate") ? Difficulty::Moderate : Difficulty::Easy);
    item.cautions = reader.textList(QStringLiteral("cautions"));
    const auto illustration = reader.oneOf(QStringLiteral("illustration"),
                                           {QStringLiteral(":/illustrations/%1.svg").arg(item.id)});
    item.illustration = illustration;
    if (!QFile::exists(item.illustration))
        reader.error(QStringLiteral("illustration"), Loader::tr("'%1' does not exist").arg(item.illustration));
    item.sources = reader.sources(QStringLiteral("sources"));
    if (item.steps.isEmpty())
        reader.error(QStringLiteral("steps"), Loader::tr("must have at least one step"));
    reader.finish();
    return item;
}

Routine readRoutine(JsonReader &reader, QList<LoadError> &errors)
{
    Routine item;
    item.id = reader.id(QStringLiteral("id"));
    reader.setItem(item.id);
    item.name = reader.text(QStringLiteral("name"));
    item.purpose = reader.text(QStringLiteral("purpose"));
    item.when = reader.text(QStringLiteral("when"));
    const QList<QJsonObject> entries = reader.objectList(QStringLiteral("items"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        JsonReader entry(entries[i], reader.file(),
                         QStringLiteral("%1 items[%2]").arg(item.id).arg(i), errors);
        RoutineItem routineItem;
        routineItem.exerciseId = entry.id(QStringLiteral("exercise"));
        // -1 means "the exercise's own"; resolved once every exercise is known.
        routineItem.holdSeconds = entry.optionalInteger(QStringLiteral("hold_seconds"), 0, kMaxHoldSeconds).value_or(-1);
        routineItem.repetitions = entry.optionalInteger(QStringLiteral("repetitions"), 1, kMaxRepetitions).value_or(-1);
        entry.finish();
        item.items.append(routineItem);
    }
    if (entries.isEmpty())
        reader.error(QStringLiteral("items"), Loader::tr("a routine needs at least one exercise"));
    item.sources = reader.sources(QStringLiteral("sources"));
    reader.finish();
    return item;
}

Topic readTopic(JsonReader &reader)
{
    Topic item;
    item.id = reader.id(QStringLiteral("id"));
    reader.setItem(item.id);
    const QString kind = reader.oneOf(QStringLiteral("kind"), {QStringLiteral("fact"), QStringLiteral("warning_sign"),
                                                               QStringLiteral("advice")});
    item.kind = kind == QLatin1String("warning_sign")
        ? TopicKind::WarningSign
        : (kind == QLatin1String("advice") ? TopicKind::Advice : TopicKind::Fact);
    item.title = reader.text(QStringLiteral("title"));
    item.body = reader.textList(QStringLiteral("body"));
    if (item.body.isEmpty())
        reader.error(QStringLiteral("body"), Loader::tr("must not be empty"));
    item.conditions = reader.idList(QStringLiteral("conditions"));
    item.sources = reader.sources(QStringLiteral("sources"));
    reader.finish();
    return item;
}

// A list file: {"<key>": [ {...}, ... ]}.
QList<QJsonObject> readListFile(const QString &root, const QString &relative, const QString &key,
                                QList<LoadError> &errors)
{
    const auto object = readObjectFile(root, relative, errors);
    if (!object)
        return {};
    JsonReader reader(*object, relative, {}, errors);
    QList<QJsonObject> items = reader.objectList(key);
    reader.finish();
    return items;
}

template<typename T>
void checkUniqueIds(const QList<T> &items, const QString &file, QList<LoadError> &errors)
{
    QSet<QString> seen;
    for (const T &item : items) {
        if (item.id.isEmpty())
            continue;
        if (seen.contains(item.id))
            errors.append({file, item.id, Loader::tr("duplicate id")});
        seen.insert(item.id);
    }
}

} // namespace

QString LoadError::toString() const
{
    if (item.isEmpty())
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1: %2: %3").arg(file, item, message);
}

LoadResult Loader::load(const QString &root)
{
    LoadResult result;
    QList<LoadError> &errors = result.errors;
    KnowledgeBase kb;

    if (!QFileInfo(root).isDir()) {
        errors.append({root, {}, Loader::tr("is not a knowledge-base folder")});
        return result;
    }

    for (const QString &relative : itemFiles(root, QStringLiteral("conditions"), errors)) {
        if (const auto object = readObjectFile(root, relative, errors)) {
            JsonReader reader(*object, relative, {}, errors);
            kb.m_conditions.append(readCondition(reader, relative));
        }
    }
    for (const QString &relative : itemFiles(root, QStringLiteral("exercises"), errors)) {
        if (const auto object = readObjectFile(root, relative, errors)) {
            JsonReader reader(*object, relative, {}, errors);
            kb.m_exercises.append(readExercise(reader, relative));
        }
    }
    const QString routinesFile = QStringLiteral("routines.json");
    for (const QJsonObject &object : readListFile(root, routinesFile, QStringLiteral("routines"), errors)) {
        JsonReader reader(object, routinesFile, {}, errors);
        kb.m_routines.append(readRoutine(reader, errors));
    }
    const QString topicsFile = QStringLiteral("topics.json");
    for (const QJsonObject &object : readListFile(root, topicsFile, QStringLiteral("topics"), errors)) {
        JsonReader reader(object, topicsFile, {}, errors);
        kb.m_topics.append(readTopic(reader));
    }

    checkUniqueIds(kb.m_conditions, QStringLiteral("conditions/"), errors);
    checkUniqueIds(kb.m_exercises, QStringLiteral("exercises/"), errors);
    checkUniqueIds(kb.m_routines, routinesFile, errors);
    checkUniqueIds(kb.m_topics, topicsFile, errors);
    kb.buildIndex();

    // Every reference resolves.
    for (const Condition &item : std::as_const(kb.m_conditions)) {
        const QString file = QStringLiteral("conditions/%1.json").arg(item.id);
        for (const QString &id : item.exercises) {
            if (!kb.exercise(id))
                errors.append({file, item.id, Loader::tr("exercises: no exercise '%1'").arg(id)});
        }
        for (const QString &id : item.related) {
            if (!kb.condition(id))
                errors.append({file, item.id, Loader::tr("related: no condition '%1'").arg(id)});
            else if (id == item.id)
                errors.append({file, item.id, Loader::tr("related: names itself")});
        }
    }
    for (Routine &item : kb.m_routines) {
        for (qsizetype i = 0; i < item.items.size(); ++i) {
            RoutineItem &entry = item.items[i];
            const Exercise *exercise = kb.exercise(entry.exerciseId);
            if (!exercise) {
                errors.append({routinesFile, item.id,
                               Loader::tr("items[%1]: no exercise '%2'").arg(i).arg(entry.exerciseId)});
                continue;
            }
            if (entry.holdSeconds < 0)
                entry.holdSeconds = exercise->holdSeconds;
            if (entry.repetitions < 0)
                entry.repetitions = exercise->repetitions;
        }
    }
    for (const Topic &item : std::as_const(kb.m_topics)) {
        for (const QString &id : item.conditions) {
            if (!kb.condition(id))
                errors.append({topicsFile, item.id, Loader::tr("conditions: no condition '%1'").arg(id)});
        }
    }

    kb.m_triage = detail::readTriage(root, kb, errors);

    if (errors.isEmpty())
        result.knowledgeBase = std::move(kb);
    return result;
}

QStringList Loader::requiredConditionIds()
{
    return {
        QStringLiteral("nocturnal_leg_cramps"), QStringLiteral("exercise_associated_cramps"),
        QStringLiteral("adductor_strain"), QStringLiteral("lumbar_disc_herniation"),
        QStringLiteral("electrolyte_imbalance"), QStringLiteral("dehydration"),
        QStringLiteral("poor_circulation"), QStringLiteral("deep_vein_thrombosis"),
        QStringLiteral("pregnancy_cramps"), QStringLiteral("calcium_deficiency_osteoporosis"),
        QStringLiteral("tendon_shortening_with_age"), QStringLiteral("liver_disease"),
        QStringLiteral("heavy_metal_toxicity"), QStringLiteral("infection"),
        QStringLiteral("endocrine_disorder"), QStringLiteral("neurological_disorder"),
        QStringLiteral("cauda_equina_syndrome"), QStringLiteral("acute_limb_ischaemia"),
    };
}

QStringList Loader::requiredExerciseIds()
{
    return {
        QStringLiteral("bridge"), QStringLiteral("prone_back_extension"),
        QStringLiteral("butterfly_stretch"), QStringLiteral("adductor_stretch"),
        QStringLiteral("quad_stretch"), QStringLiteral("hamstring_stretch"),
        QStringLiteral("leg_swings"), QStringLiteral("calf_stretch"),
        QStringLiteral("toe_cramp_release"), QStringLiteral("heel_raise"),
        QStringLiteral("ankle_dorsiflexion"), QStringLiteral("foam_roll_calf"),
    };
}

QList<LoadError> Loader::checkCompleteness(const KnowledgeBase &knowledgeBase)
{
    QList<LoadError> errors;
    for (const QString &id : requiredConditionIds()) {
        if (!knowledgeBase.condition(id))
            errors.append({QStringLiteral("conditions/%1.json").arg(id), id,
                           Loader::tr("missing: the symptom-profile contract requires this condition")});
    }
    for (const QString &id : requiredExerciseIds()) {
        if (!knowledgeBase.exercise(id))
            errors.append({QStringLiteral("exercises/%1.json").arg(id), id,
                           Loader::tr("missing: the symptom-profile contract requires this exercise")});
    }
    return errors;
}

} // namespace legcare::kb
