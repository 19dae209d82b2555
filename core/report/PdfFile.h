#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPdfWriter;

namespace legcare::report {

// Writes a PDF atomically: paint() draws onto a QPdfWriter backed by a QSaveFile, and the file
// appears only when painting and writing both succeeded (an old file of that name stays whole
// otherwise). Every printable document of LegCare is saved through here.
class PdfFile final
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    using Painter = std::function<bool(QPdfWriter &writer, QString *error)>;

    static bool write(const QString &path, const QString &title, const QPageLayout &layout,
                      const Painter &paint, QString *error);
};

} // namespace legcare::report
