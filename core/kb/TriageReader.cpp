#include "kb/TriageReader.h"

#include "kb/JsonReader.h"
#include "triage/SymptomProfile.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace legcare::kb::detail {

namespace {

const QString kTriageFile = QStringLiteral("triage.json");
constexpr double kMaxWeight = 10.0;
constexpr int kMaxDepth = 8;

// Parses one expression, reporting problems at a path such as "when.any[1].in".
class ExpressionParser final
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionParser)

public:
    explicit ExpressionParser(JsonReader &reader)
        : m_reader(reader)
    {
    }

    Expression parse(const QJsonValue &value, const QString &path, int depth = 0)
    {
        Expression expression;
        if (!value.isObject()) {
            m_reader.error(path, tr("an expression must be an object"));
            return expression;
        }
        if (depth > kMaxDepth) {
            m_reader.error(
                path, tr("expressions are nested too deeply (at most %1 levels)").arg(kMaxDepth));
            return expression;
        }
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("all")) || object.contains(QLatin1String("any")))
            return parseGroup(object, path, depth);
        if (object.contains(QLatin1String("not"))) {
            expression.kind = Expression::Kind::Not;
            if (object.size() != 1)
                m_reader.error(path, tr("\"not\" takes no other keys"));
            expression.children.append(parse(object.value(QLatin1String("not")),
                                             path + QStringLiteral(".not"), depth + 1));
            return expression;
        }
        return parseTest(object, path);
    }

private:
    Expression parseGroup(const QJsonObject &object, const QString &path, int depth)
    {
        Expression expression;
        const bool all = object.contains(QLatin1String("all"));
        const QString key = all ? QStringLiteral("all") : QStringLiteral("any");
        expression.kind = all ? Expression::Kind::All : Expression::Kind::Any;
        if (object.size() != 1)
            m_reader.error(path, tr("\"%1\" takes no other keys").arg(key));
        const QJsonValue list = object.value(key);
        if (!list.isArray() || list.toArray().isEmpty()) {
            m_reader.error(path + QLatin1Char('.') + key,
                           tr("must be a non-empty array of expressions"));
            return expression;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            expression.children.append(
                parse(array.at(i), QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), depth + 1));
        return expression;
    }

    Expression parseTest(const QJsonObject &object, const QString &path)
    {
        Expression expression;
        expression.kind = Expression::Kind::Is;
        const QJsonValue fieldValue = object.value(QLatin1String("field"));
        expression.field = fieldValue.toString();
        const triage::FieldSpec *spec = triage::profileField(expression.field);
        if (!fieldValue.isString() || !spec) {
            m_reader.error(
                path + QStringLiteral(".field"),
                fieldValue.isUndefined()
                    ? tr("missing (an expression is a test {\"field\": ...}, or all / any / not)")
                    : tr("'%1' is not a field of the symptom profile")
                          .arg(fieldValue.toVariant().toString()));
            return expression;
        }
        static const QStringList operators
            = { QStringLiteral("is"), QStringLiteral("in"),  QStringLiteral("gte"),
                QStringLiteral("gt"), QStringLiteral("lte"), QStringLiteral("lt") };
        QString op;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == QLatin1String("field"))
                continue;
            if (it.key() == QLatin1String("if_unknown")) {
                if (!it.value().isBool())
                    m_reader.error(path + QStringLiteral(".if_unknown"),
                                   tr("must be true or false"));
                expression.ifUnknown = it.value().toBool();
                continue;
            }
            if (!operators.contains(it.key())) {
                m_reader.error(path + QLatin1Char('.') + it.key(),
                               tr("unknown key (use is, in, gte, gt, lte, lt, if_unknown)"));
                continue;
            }
            if (!op.isEmpty())
                m_reader.error(path, tr("a test has exactly one of is, in, gte, gt, lte, lt"));
            op = it.key();
        }
        if (op.isEmpty()) {
            m_reader.error(path, tr("a test needs one of is, in, gte, gt, lte, lt"));
            return expression;
        }
        const QJsonValue operand = object.value(op);
        const QString where = path + QLatin1Char('.') + op;
        if (op == QLatin1String("is")) {
            expression.value = operand;
            if (const auto problem = triage::SymptomProfile::validate(expression.field, operand))
                m_reader.error(where, problem->message);
        } else if (op == QLatin1String("in")) {
            expression.kind = Expression::Kind::In;
            if (spec->type != triage::FieldType::Choice || !operand.isArray()
                || operand.toArray().isEmpty()) {
                m_reader.error(
                    where,
                    tr("\"in\" needs a non-empty array and a field with a fixed set of values"));
                return expression;
            }
            const QJsonArray array = operand.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (const auto problem
                    = triage::SymptomProfile::validate(expression.field, array.at(i)))
                    m_reader.error(QStringLiteral("%1[%2]").arg(where).arg(i), problem->message);
                expression.values.append(array.at(i).toString());
            }
        } else {
            expression.kind = op == QLatin1String("gte") ? Expression::Kind::Gte
                : op == QLatin1String("gt")              ? Expression::Kind::Gt
                : op == QLatin1String("lte")             ? Expression::Kind::Lte
                                                         : Expression::Kind::Lt;
            const bool numeric = spec->type == triage::FieldType::Integer
                || spec->type == triage::FieldType::Number;
            if (!numeric || !operand.isDouble()) {
                m_reader.error(where, tr("compares a number field with a number"));
                return expression;
            }
            expression.number = operand.toDouble();
        }
        return expression;
    }

    JsonReader &m_reader;
};

std::optional<triage::Level> readLevel(JsonReader &reader, const QString &key)
{
    const QString id = reader.oneOf(key,
                                    { QStringLiteral("emergency"), QStringLiteral("urgent"),
                                      QStringLiteral("doctor"), QStringLiteral("self_care") });
    return triage::parseLevel(id);
}

QList<TriageLevelText> readLevels(JsonReader &file, QList<LoadError> &errors)
{
    QList<TriageLevelText> levels;
    const QList<QJsonObject> objects = file.objectList(QStringLiteral("levels"));
    for (qsizetype i = 0; i < objects.size(); ++i) {
        JsonReader reader(objects[i], kTriageFile, QStringLiteral("levels[%1]").arg(i), errors);
        TriageLevelText text;
        const auto level = readLevel(reader, QStringLiteral("level"));
        text.level = level.value_or(triage::Level::SelfCare);
        reader.setItem(QStringLiteral("levels[%1]").arg(triage::levelId(text.level)));
        text.name = reader.text(QStringLiteral("name"));
        text.action = reader.text(QStringLiteral("action"));
        text.advice = reader.textList(QStringLiteral("advice"));
        reader.finish();
        levels.append(text);
    }
    QList<TriageLevelText> ordered;
    for (const triage::Level level : { triage::Level::SelfCare, triage::Level::Doctor,
                                       triage::Level::Urgent, triage::Level::Emergency }) {
        const auto count
            = std::count_if(levels.cbegin(), levels.cend(),
                            [level](const TriageLevelText &text) { return text.level == level; });
        if (count != 1)
            file.error(QStringLiteral("levels"),
                       ExpressionParser::tr("level '%1' must be described exactly once")
                           .arg(triage::levelId(level)));
        for (const TriageLevelText &text : std::as_const(levels)) {
            if (text.level == level) {
                ordered.append(text);
                break;
            }
        }
    }
    return ordered;
}

QStringList optionalIdList(JsonReader &reader, const QString &key)
{
    return reader.has(key) ? reader.idList(key) : QStringList();
}

RedFlagRule readRule(JsonReader &reader)
{
    RedFlagRule rule;
    rule.id = reader.id(QStringLiteral("id"));
    reader.setItem(QStringLiteral("red_flags[%1]").arg(rule.id));
    rule.level = readLevel(reader, QStringLiteral("level")).value_or(triage::Level::Emergency);
    ExpressionParser parser(reader);
    rule.when = parser.parse(reader.raw(QStringLiteral("when")), QStringLiteral("when"));
    if (rule.when.hasNegation()) {
        reader.error(
            QStringLiteral("when"),
            ExpressionParser::tr(
                "a red-flag rule may only test for signs being present (no \"not\", "
                "\"is\": false, lte or lt), so that a further sign can never lower the level"));
    }
    rule.unless = optionalIdList(reader, QStringLiteral("unless"));
    rule.conditions = optionalIdList(reader, QStringLiteral("conditions"));
    rule.reason = reader.text(QStringLiteral("reason"));
    rule.action = reader.text(QStringLiteral("action"));
    reader.optionalString(QStringLiteral("note"));
    reader.finish();
    return rule;
}

ConditionEvidence readEvidence(JsonReader &reader, QList<LoadError> &errors)
{
    ConditionEvidence evidence;
    evidence.condition = reader.id(QStringLiteral("condition"));
    reader.setItem(QStringLiteral("evidence[%1]").arg(evidence.condition));
    reader.optionalString(QStringLiteral("note"));
    const QList<QJsonObject> items = reader.objectList(QStringLiteral("items"));
    bool anyPositive = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonReader itemReader(
            items[i], kTriageFile,
            QStringLiteral("evidence[%1] items[%2]").arg(evidence.condition).arg(i), errors);
        EvidenceItem item;
        ExpressionParser parser(itemReader);
        item.when = parser.parse(itemReader.raw(QStringLiteral("when")), QStringLiteral("when"));
        item.weight = itemReader.number(QStringLiteral("weight"), -kMaxWeight, kMaxWeight);
        if (item.weight == 0.0 && itemReader.has(QStringLiteral("weight")))
            itemReader.error(QStringLiteral("weight"), ExpressionParser::tr("must not be 0"));
        anyPositive = anyPositive || item.weight > 0;
        item.reason = itemReader.text(QStringLiteral("reason"));
        itemReader.optionalString(QStringLiteral("note"));
        itemReader.finish();
        evidence.items.append(item);
    }
    if (!anyPositive)
        reader.error(QStringLiteral("items"),
                     ExpressionParser::tr("needs at least one item with a positive weight"));
    reader.finish();
    return evidence;
}

void checkRules(const TriageData &data, const KnowledgeBase &knowledgeBase,
                QList<LoadError> &errors)
{
    const auto error = [&errors](const QString &item, const QString &message) {
        errors.append({ kTriageFile, item, message });
    };
    QHash<QString, triage::Level> levels;
    for (const RedFlagRule &rule : data.redFlags) {
        const QString item = QStringLiteral("red_flags[%1]").arg(rule.id);
        if (levels.contains(rule.id))
            error(item, ExpressionParser::tr("duplicate id"));
        levels.insert(rule.id, rule.level);
        for (const QString &id : rule.conditions) {
            if (!knowledgeBase.condition(id))
                error(item, ExpressionParser::tr("conditions: no condition '%1'").arg(id));
        }
    }
    for (const RedFlagRule &rule : data.redFlags) {
        for (const QString &id : rule.unless) {
            if (!levels.contains(id)) {
                error(QStringLiteral("red_flags[%1]").arg(rule.id),
                      ExpressionParser::tr("unless: no red-flag rule '%1'").arg(id));
            } else if (levels.value(id) <= rule.level) {
                error(QStringLiteral("red_flags[%1]").arg(rule.id),
                      ExpressionParser::tr("unless: '%1' must have a higher level than this rule")
                          .arg(id));
            }
        }
    }
    for (const auto &[id, minimum] : requiredRedFlags()) {
        if (!levels.contains(id)) {
            error(QStringLiteral("red_flags"),
                  ExpressionParser::tr("the contract's rule '%1' is missing").arg(id));
        } else if (levels.value(id) < minimum) {
            error(QStringLiteral("red_flags[%1]").arg(id),
                  ExpressionParser::tr(
                      "level must be at least '%1' (the contract's policy is the floor)")
                      .arg(triage::levelId(minimum)));
        }
    }
    QSet<QString> seen;
    for (const ConditionEvidence &evidence : data.evidence) {
        const QString item = QStringLiteral("evidence[%1]").arg(evidence.condition);
        if (!knowledgeBase.condition(evidence.condition))
            error(item, ExpressionParser::tr("no condition '%1'").arg(evidence.condition));
        if (seen.contains(evidence.condition))
            error(item, ExpressionParser::tr("duplicate condition"));
        seen.insert(evidence.condition);
    }
    for (const Condition &condition : knowledgeBase.conditions()) {
        if (!seen.contains(condition.id))
            error(QStringLiteral("evidence"),
                  ExpressionParser::tr("no evidence for condition '%1'").arg(condition.id));
    }
}

} // namespace

QList<std::pair<QString, triage::Level>> requiredRedFlags()
{
    using triage::Level;
    return {
        { QStringLiteral("cauda_equina"), Level::Emergency },
        { QStringLiteral("pulmonary_embolism"), Level::Emergency },
        { QStringLiteral("acute_limb_ischaemia"), Level::Emergency },
        { QStringLiteral("deep_vein_thrombosis"), Level::Urgent },
        { QStringLiteral("infection"), Level::Urgent },
        { QStringLiteral("progressive_weakness"), Level::Urgent },
        { QStringLiteral("injury"), Level::Urgent },
        { QStringLiteral("frequent_cramps"), Level::Doctor },
        { QStringLiteral("severe_or_disabling"), Level::Doctor },
        { QStringLiteral("nerve_root_signs"), Level::Doctor },
        { QStringLiteral("special_group"), Level::Doctor },
        { QStringLiteral("underlying_condition"), Level::Doctor },
        { QStringLiteral("skin_changes"), Level::Doctor },
        { QStringLiteral("fever"), Level::Doctor },
    };
}

TriageData readTriage(const QString &root, const KnowledgeBase &knowledgeBase,
                      QList<LoadError> &errors)
{
    TriageData data;
    const auto object = readObjectFile(root, kTriageFile, errors);
    if (!object)
        return data;
    JsonReader file(*object, kTriageFile, {}, errors);
    data.levels = readLevels(file, errors);
    for (const QJsonObject &ruleObject : file.objectList(QStringLiteral("red_flags"))) {
        JsonReader reader(ruleObject, kTriageFile, {}, errors);
        data.redFlags.append(readRule(reader));
    }
    for (const QJsonObject &evidenceObject : file.objectList(QStringLiteral("evidence"))) {
        JsonReader reader(evidenceObject, kTriageFile, {}, errors);
        data.evidence.append(readEvidence(reader, errors));
    }
    for (const QJsonObject &targetObject : file.objectList(QStringLiteral("exercise_targets"))) {
        JsonReader reader(targetObject, kTriageFile, {}, errors);
        ExerciseTarget target;
        target.exercise = reader.id(QStringLiteral("exercise"));
        reader.setItem(QStringLiteral("exercise_targets[%1]").arg(target.exercise));
        if (!knowledgeBase.exercise(target.exercise))
            reader.error(QStringLiteral("exercise"),
                         ExpressionParser::tr("no exercise '%1'").arg(target.exercise));
        target.locations = reader.idList(QStringLiteral("locations"));
        for (const QString &location : std::as_const(target.locations)) {
            if (!parseLocation(location))
                reader.error(QStringLiteral("locations"),
                             ExpressionParser::tr("unknown location '%1'").arg(location));
        }
        reader.finish();
        data.exerciseTargets.append(target);
    }
    data.sources = file.sources(QStringLiteral("sources"));
    file.optionalString(QStringLiteral("note"));
    file.finish();
    checkRules(data, knowledgeBase, errors);
    return data;
}

} // namespace legcare::kb::detail
