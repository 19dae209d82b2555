#include "diary/SqlHelpers.h"

#include <QSqlError>

namespace legcare::diary::detail {

QString sqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return WriteTransaction::tr("the diary is busy in another program; try again in a moment (%1)").arg(text);
    return WriteTransaction::tr("database error: %1").arg(text);
}

bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = sqlError(query);
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = sqlError(query);
        return false;
    }
    return true;
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = sqlError(query);
        return false;
    }
    return true;
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        exec(m_db, QStringLiteral("ROLLBACK"), nullptr);
}

bool WriteTransaction::begin(QString *error)
{
    m_open = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), error);
    return m_open;
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_open)
        return false;
    if (!exec(m_db, QStringLiteral("COMMIT"), error))
        return false; // the destructor rolls back
    m_open = false;
    return true;
}

} // namespace legcare::diary::detail
