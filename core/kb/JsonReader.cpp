#include "kb/JsonReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace legcare::kb::detail {

namespace {

bool containsHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

bool isSeedFileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{3}_[0-9a-f]{16}\\.txt$"));
    return pattern.match(name).hasMatch();
}

QString indexed(const QString &field, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(field).arg(index);
}

} // namespace

namespace {

constexpr qint64 kMaxFileSize = 1024 * 1024; // a knowledge-base file is a few kilobytes

// Line and column of a byte offset, for parse errors a person can find in an editor.
QPair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

} // namespace

std::optional<QJsonObject> readObjectFile(const QString &root, const QString &relative,
                                          QList<LoadError> &errors)
{
    QFile file(root + QLatin1Char('/') + relative);
    if (!QFileInfo(file.fileName()).isFile()) {
        errors.append({relative, {}, Loader::tr("is missing")});
        return std::nullopt;
    }
    if (file.size() > kMaxFileSize) {
        errors.append({relative, {}, Loader::tr("is too large (more than 1 MiB)")});
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append({relative, {}, Loader::tr("cannot be read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        errors.append({relative, {},
                       Loader::tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append({relative, {}, Loader::tr("must hold one JSON object")});
        return std::nullopt;
    }
    return document.object();
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(id).hasMatch();
}

JsonReader::JsonReader(const QJsonObject &object, QString file, QString item, QList<LoadError> &errors)
    : m_object(object)
    , m_file(std::move(file))
    , m_item(std::move(item))
    , m_errors(errors)
{
}

void JsonReader::error(const QString &field, const QString &message)
{
    m_errors.append({m_file, m_item, field.isEmpty() ? message : QStringLiteral("%1: %2").arg(field, message)});
}

std::optional<QJsonValue> JsonReader::take(const QString &key, bool required)
{
    m_known.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            error(key, tr("missing"));
        return std::nullopt;
    }
    return *it;
}

QString JsonReader::id(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return {};
    if (!value->isString()) {
        error(key, tr("must be a string"));
        return {};
    }
    const QString result = value->toString();
    if (!isValidId(result))
        error(key, tr("'%1' is not a valid id (lower-case letters, digits and _)").arg(result));
    return result;
}

LocalizedText JsonReader::parseText(const QJsonValue &value, const QString &field)
{
    if (!value.isObject()) {
        error(field, tr("must be an object with the keys en and zh_CN"));
        return {};
    }
    const QJsonObject object = value.toObject();
    LocalizedText text;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("en") && it.key() != QLatin1String("zh_CN"))
            error(field, tr("unknown language '%1' (use en and zh_CN)").arg(it.key()));
    }
    const auto language = [&](const char *code, QString *target) {
        const QJsonValue entry = object.value(QLatin1String(code));
        if (entry.isUndefined()) {
            error(field, tr("missing the %1 text").arg(QLatin1String(code)));
        } else if (!entry.isString() || entry.toString().trimmed().isEmpty()) {
            error(field, tr("the %1 text must be a non-empty string").arg(QLatin1String(code)));
        } else {
            *target = entry.toString();
        }
    };
    language("en", &text.en);
    language("zh_CN", &text.zhCN);
    if (!text.zhCN.isEmpty() && !containsHan(text.zhCN))
        error(field, tr("the zh_CN text has no Chinese in it: '%1'").arg(text.zhCN.left(60)));
    return text;
}

LocalizedText JsonReader::text(const QString &key)
{
    const auto value = take(key);
    return value ? parseText(*value, key) : LocalizedText{};
}

LocalizedList JsonReader::textList(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return {};
    if (!value->isArray()) {
        error(key, tr("must be an array of texts"));
        return {};
    }
    const QJsonArray array = value->toArray();
    LocalizedList result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        result.append(parseText(array.at(i), indexed(key, i)));
    return result;
}

QStringList JsonReader::idList(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return {};
    if (!value->isArray()) {
        error(key, tr("must be an array of ids"));
        return {};
    }
    const QJsonArray array = value->toArray();
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (!entry.isString() || !isValidId(entry.toString())) {
            error(indexed(key, i), tr("must be an id"));
            continue;
        }
        if (result.contains(entry.toString()))
            error(indexed(key, i), tr("'%1' is listed twice").arg(entry.toString()));
        result.append(entry.toString());
    }
    return result;
}

QStringList JsonReader::sources(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return {};
    if (!value->isArray() || value->toArray().isEmpty()) {
        error(key, tr("must be a non-empty array of source names"));
        return {};
    }
    const QJsonArray array = value->toArray();
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString name = array.at(i).toString();
        if (name != kGeneralMedicalKnowledge && !isSeedFileName(name)) {
            error(indexed(key, i),
                  tr("'%1' is neither a source document name nor '%2'")
                      .arg(array.at(i).toVariant().toString(), kGeneralMedicalKnowledge));
            continue;
        }
        result.append(name);
    }
    return result;
}

bool JsonReader::boolean(const QString &key)
{
    const auto value = take(key);
    if (value && !value->isBool())
        error(key, tr("must be true or false"));
    return value && value->toBool();
}

std::optional<int> JsonReader::optionalInteger(const QString &key, int minimum, int maximum)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble(-1.0);
    if (!value->isDouble() || number != static_cast<double>(static_cast<int>(number))) {
        error(key, tr("must be a whole number"));
        return std::nullopt;
    }
    const int result = static_cast<int>(number);
    if (result < minimum || result > maximum) {
        error(key, tr("%1 is out of range (%2 to %3)").arg(result).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return result;
}

int JsonReader::integer(const QString &key, int minimum, int maximum)
{
    if (!m_object.contains(key)) {
        take(key);
        return minimum;
    }
    return optionalInteger(key, minimum, maximum).value_or(minimum);
}

QString JsonReader::oneOf(const QString &key, const QStringList &allowed)
{
    const auto value = take(key);
    if (!value)
        return allowed.constFirst();
    const QString result = value->toString();
    if (!value->isString() || !allowed.contains(result)) {
        error(key, tr("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return allowed.constFirst();
    }
    return result;
}

QList<QJsonObject> JsonReader::objectList(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return {};
    if (!value->isArray()) {
        error(key, tr("must be an array of objects"));
        return {};
    }
    QList<QJsonObject> result;
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            error(indexed(key, i), tr("must be an object"));
            continue;
        }
        result.append(array.at(i).toObject());
    }
    return result;
}

double JsonReader::number(const QString &key, double minimum, double maximum)
{
    const auto value = take(key);
    if (!value)
        return 0;
    if (!value->isDouble()) {
        error(key, tr("must be a number"));
        return 0;
    }
    const double result = value->toDouble();
    if (result < minimum || result > maximum) {
        error(key, tr("%1 is out of range (%2 to %3)").arg(result).arg(minimum).arg(maximum));
        return 0;
    }
    return result;
}

QString JsonReader::optionalString(const QString &key)
{
    const auto value = take(key, false);
    if (value && !value->isString())
        error(key, tr("must be a string"));
    return value ? value->toString() : QString();
}

void JsonReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            error(it.key(), tr("unknown key"));
    }
}

} // namespace legcare::kb::detail
