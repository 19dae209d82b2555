#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <optional>

class QIODevice;

namespace legcare::diary::exchange {

// RFC 4180 reader over a device, for diary/Exchange: streaming, UTF-8 (a byte-order mark is
// skipped), CRLF or LF line ends, blank lines between records skipped. Memory stays bounded by
// the field and column limits whatever the file holds; errors name the line (1-based).
class CsvReader
{
public:
    // Records of more than maxColumns fields, or a field longer than kMaxFieldChars
    // (diary/Exchange.h), are errors.
    CsvReader(QIODevice &device, qsizetype maxColumns);

    // Reads the next record into *fields, views into the reader's own text that stay valid until
    // the next call, and its first line into *startLine; false at the end or on error (then
    // *error is set).
    bool next(QList<QStringView> *fields, int *startLine, QString *error);

private:
    // The text of field i of the record, emptied; its memory is kept from record to record, so
    // that reading a line costs no allocations.
    QString *startField(qsizetype i);

    // The characters from the read position up to the next one that isStop() (or the end of
    // what has been read), consumed.
    template<typename IsStop>
    QStringView takeRun(IsStop isStop);

    // Where the last complete UTF-8 character of bytes ends: a character cut by the end of a read
    // waits for the next one. (The decoder keeps no state between reads, so that a character cut
    // by the end of the file is an error.)
    static qsizetype completeUtf8(const QByteArray &bytes);

    // Decodes the next piece of the device when everything read is consumed; false at the end or
    // on error.
    bool fill(QString *error);
    std::optional<QChar> take(QString *error);
    std::optional<QChar> peek(QString *error);

    QIODevice &m_device;
    qsizetype m_maxColumns;
    // ConvertInitialBom: a stateless decoder would otherwise drop a U+FEFF at the start of every
    // read, wherever it fell in the file (fill() removes the file's own byte-order mark).
    QStringDecoder m_decoder{QStringDecoder::Utf8,
                             QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
    QList<QString> m_fields; // the fields of the current record (at most one more than the limit)
    QByteArray m_pending;    // the start of a character cut by the end of the last read
    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_first = true;
};

} // namespace legcare::diary::exchange
