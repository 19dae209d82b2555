#include "report/PdfFile.h"

#include <QPdfWriter>
#include <QSaveFile>

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
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace legcare::report
