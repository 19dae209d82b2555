#include "report/PdfFile.h"

#include <QPdfWriter>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace legcare::report {

bool PdfFile::write(const QString &path, const QString &title, const QPageLayout &layout,
                    const Painter &paint, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // health data
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("LegCare"));
        writer.setResolution(300);
        writer.setPageLayout(layout);
        if (!paint(writer, error)) {
            file.cancelWriting();
            return false;
        }
    }
    // QSaveFile::commit() ignores a failed fsync (and a device may report success the next
    // time): sync here, and keep the old file if the data may not be on the disk.
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        if (error) {
            const QString reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                                        : QString::fromLocal8Bit(std::strerror(errno));
            *error = tr("Could not write %1: %2").arg(path, reason);
        }
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace legcare::report
