#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace legcare::report {

// Lays a QTextDocument out on the pages of a printer or PDF writer, with a footer on every page:
// the disclaimer, a line such as "LegCare symptom check, 21 November 2025" and "Page 1 of 2".
// Used for the GUI's Print… and Save as PDF…, and usable by the CLI (it paints, needs no widgets).
class DocumentPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    DocumentPrinter(QString footerNote, QString footerLine);

    // Paints every page; the document is laid out for the device (so give it one of its own).
    // False with a translated message when the device cannot be painted on.
    bool print(QTextDocument &document, QPagedPaintDevice &device, QString *error = nullptr) const;

    // Writes an A4 PDF atomically (the file appears only when complete).
    bool writePdf(QTextDocument &document, const QString &path, const QString &title,
                  QString *error = nullptr) const;

private:
    QString m_note;
    QString m_line;
};

} // namespace legcare::report
