#pragma once

#include "kb/Loader.h"

#include <QJsonObject>
#include <QSet>

#include <optional>

namespace legcare::kb::detail {

// Reads the fields of one JSON object of the knowledge base and records every problem as a
// LoadError naming the file, the item and the field. Every getter marks its key as known;
// finish() then reports the keys nobody asked for, so that a misspelt key is an error rather
// than a silently ignored field.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(const QJsonObject &object, QString file, QString item, QList<LoadError> &errors);

    QString id(const QString &key);
    LocalizedText text(const QString &key);
    LocalizedList textList(const QString &key);
    QStringList idList(const QString &key);
    QStringList sources(const QString &key);
    bool boolean(const QString &key);
    int integer(const QString &key, int minimum, int maximum);
    std::optional<int> optionalInteger(const QString &key, int minimum, int maximum);
    QString oneOf(const QString &key, const QStringList &allowed);
    QList<QJsonObject> objectList(const QString &key);
    double number(const QString &key, double minimum, double maximum);
    // An optional free-text string (e.g. a reviewer's "note"); empty when absent.
    QString optionalString(const QString &key);
    bool has(const QString &key) const { return m_object.contains(key); }
    // The raw value of a required key (undefined, with an error, when missing).
    QJsonValue raw(const QString &key) { return take(key).value_or(QJsonValue(QJsonValue::Undefined)); }

    void finish();

    void error(const QString &field, const QString &message);
    const QString &item() const { return m_item; }
    void setItem(const QString &item) { m_item = item; }
    const QString &file() const { return m_file; }

private:
    std::optional<QJsonValue> take(const QString &key, bool required = true);
    LocalizedText parseText(const QJsonValue &value, const QString &field);

    QJsonObject m_object;
    QString m_file;
    QString m_item;
    QList<LoadError> &m_errors;
    QSet<QString> m_known;
};

// Reads one JSON file that must hold an object; problems (missing, unreadable, malformed with
// line and column, not an object) are appended to errors.
std::optional<QJsonObject> readObjectFile(const QString &root, const QString &relative,
                                          QList<LoadError> &errors);

// True for ids of the form the format allows: lower-case letters, digits and underscores.
bool isValidId(const QString &id);

} // namespace legcare::kb::detail
