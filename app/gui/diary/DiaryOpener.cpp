#include "diary/DiaryOpener.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>

namespace legcare::gui {

DiaryOpener::DiaryOpener(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
}

DiaryOpener::~DiaryOpener()
{
    if (m_thread)
        m_thread->wait();
}

void DiaryOpener::start()
{
    QThread *owner = thread();
    m_thread.reset(QThread::create([this, owner] {
        m_result = diary::DiaryStore::open(m_path);
        if (m_result.store) {
            const QSqlDatabase db = QSqlDatabase::database(m_result.store->connectionName(), false);
            db.driver()->moveToThread(owner);
        }
    }));
    // Emitted on the opener's thread, delivered on this one once the store has been handed over.
    connect(m_thread.get(), &QThread::finished, this, &DiaryOpener::finished);
    m_thread->start();
}

diary::DiaryStore::OpenResult DiaryOpener::takeResult()
{
    if (m_thread)
        m_thread->wait();
    return std::move(m_result);
}

} // namespace legcare::gui
