#pragma once

#include "diary/DiaryStore.h"

#include <QObject>

#include <memory>

class QThread;

namespace legcare::gui {

// Opens the diary on a thread of its own, so that the main window can show while SQLite's
// quick_check reads the whole file (a tenth of a second at 100,000 episodes). The checks are
// DiaryStore::open()'s, unchanged: nothing uses the store before it has passed them. The store
// is then handed to the thread that started the opener, which alone uses it from then on (a
// QSqlDatabase belongs to the thread of its driver, so the driver moves with it).
class DiaryOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryOpener)

public:
    explicit DiaryOpener(QString path, QObject *parent = nullptr);
    ~DiaryOpener() override; // waits for the thread

    void start();
    // After finished(): what DiaryStore::open() returned; taken once.
    diary::DiaryStore::OpenResult takeResult();

signals:
    void finished();

private:
    QString m_path;
    diary::DiaryStore::OpenResult m_result;
    std::unique_ptr<QThread> m_thread;
};

} // namespace legcare::gui
