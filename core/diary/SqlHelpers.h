#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace legcare::diary::detail {

// A write transaction that starts with BEGIN IMMEDIATE (so a second writer waits for the lock
// instead of failing later) and rolls back unless commit() succeeded.
class WriteTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool begin(QString *error);
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Prepares and runs a statement with bound values; false (and *error, naming what failed) on
// any failure.
bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, QString *error);
// Runs one statement without values.
bool exec(QSqlDatabase db, const QString &sql, QString *error);

// A translated message for a failed query: what was being done and SQLite's reason.
QString sqlError(const QSqlQuery &query);

} // namespace legcare::diary::detail
