#include "diary/RoutineDays.h"

#include "common/Logging.h"
#include "diary/DiaryStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace legcare::diary {

QSet<QDate> routineDays(const DiaryStore &store, const QDate &from, const QDate &to)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    query.setForwardOnly(true);
    const bool ok = query.prepare(QStringLiteral(
                        "SELECT day FROM ("
                        " SELECT date AS day FROM days WHERE routine_done = 1"
                        " UNION SELECT local_date FROM routine_sessions WHERE completed <> '')"
                        " WHERE day BETWEEN ? AND ?"));
    QSet<QDate> days;
    if (!ok) {
        qCWarning(lcDiary) << "Cannot read the routine days:" << query.lastError().text();
        return days;
    }
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec()) {
        qCWarning(lcDiary) << "Cannot read the routine days:" << query.lastError().text();
        return days;
    }
    while (query.next())
        days.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    return days;
}

} // namespace legcare::diary
