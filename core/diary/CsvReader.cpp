#include "diary/CsvReader.h"

#include "diary/Exchange.h"

#include <QIODevice>

namespace legcare::diary::exchange {

namespace {

// Where the first byte that is not part of valid UTF-8 is (judged as QStringDecoder does: no
// overlong forms, surrogates or values above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > size)
            return i;
        char32_t code = lead & (0x7Fu >> length);
        for (qsizetype k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3Fu);
        }
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF))
            || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, qsizetype maxColumns)
    : m_device(device)
    , m_maxColumns(maxColumns)
{
}

QString *CsvReader::startField(qsizetype i)
{
    if (m_fields.size() <= i)
        m_fields.resize(i + 1);
    m_fields[i].truncate(0);
    return &m_fields[i];
}

template<typename IsStop>
QStringView CsvReader::takeRun(IsStop isStop)
{
    const qsizetype from = m_pos;
    while (m_pos < m_buffer.size() && !isStop(m_buffer.at(m_pos)))
        ++m_pos;
    return QStringView(m_buffer).sliced(from, m_pos - from);
}

qsizetype CsvReader::completeUtf8(const QByteArray &bytes)
{
    for (qsizetype i = bytes.size() - 1; i >= 0 && i >= bytes.size() - 4; --i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead byte
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return i + length <= bytes.size() ? bytes.size() : i;
    }
    return bytes.size();
}

bool CsvReader::fill(QString *error)
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer.clear();
    m_pos = 0;
    while (m_buffer.isEmpty()) {
        const QByteArray chunk = m_device.read(64 * 1024);
        if (chunk.isEmpty() && m_pending.isEmpty()) {
            if (m_device.atEnd() || chunk.isNull()) {
                m_buffer = m_decoder(QByteArrayView());
                if (m_decoder.hasError())
                    *error = Exchange::tr("line %1: the file is not valid UTF-8").arg(m_line);
                return !m_buffer.isEmpty();
            }
        }
        QByteArray bytes = m_pending.isEmpty() ? chunk : m_pending + chunk;
        m_pending.clear();
        if (!m_device.atEnd()) {
            const qsizetype complete = completeUtf8(bytes);
            m_pending = bytes.sliced(complete);
            bytes.truncate(complete);
        }
        m_buffer = m_decoder(bytes);
        if (m_decoder.hasError()) {
            // Everything read before is consumed, so the bad byte's line is m_line plus the
            // line ends before it in this chunk.
            const qsizetype bad = firstInvalidUtf8(bytes);
            const auto before = QByteArrayView(bytes).first(bad < 0 ? bytes.size() : bad);
            *error = Exchange::tr("line %1: the file is not valid UTF-8").arg(m_line + static_cast<int>(before.count('\n')));
            return false;
        }
        if (m_first && !m_buffer.isEmpty()) {
            m_first = false;
            if (m_buffer.front() == QChar(0xFEFF))
                m_buffer.remove(0, 1); // byte-order mark
        }
    }
    return true;
}

std::optional<QChar> CsvReader::take(QString *error)
{
    if (!fill(error))
        return std::nullopt;
    return m_buffer.at(m_pos++);
}

std::optional<QChar> CsvReader::peek(QString *error)
{
    if (!fill(error))
        return std::nullopt;
    return m_buffer.at(m_pos);
}

bool CsvReader::next(QList<QStringView> *fields, int *startLine, QString *error)
{
    qsizetype count = 0; // fields completed in this record
    QString *field = startField(count);
    bool quoted = false;
    bool fieldStarted = false;
    bool afterQuote = false;
    *startLine = m_line;
    const auto finish = [&] {
        fields->clear();
        for (qsizetype i = 0; i <= count; ++i)
            fields->append(m_fields.at(i));
        return true;
    };
    for (;;) {
        const std::optional<QChar> c = take(error);
        if (!c) {
            if (!error->isEmpty())
                return false;
            if (quoted) {
                *error = Exchange::tr("line %1: a quoted field is not closed").arg(*startLine);
                return false;
            }
            if (fieldStarted || count > 0)
                return finish();
            return false;
        }
        if (quoted) {
            if (*c == QLatin1Char('"')) {
                const std::optional<QChar> peeked = peek(error);
                if (peeked && *peeked == QLatin1Char('"')) {
                    take(error);
                    field->append(QLatin1Char('"'));
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                // This character and the rest of the quoted text in one go: appending a QChar
                // at a time dominated the cost of an import.
                --m_pos;
                const QStringView run = takeRun([](QChar ch) { return ch == u'"'; });
                m_line += static_cast<int>(run.count(QLatin1Char('\n')));
                field->append(run);
            }
        } else if (*c == QLatin1Char(',')) {
            field = startField(++count);
            afterQuote = false;
            fieldStarted = true;
            if (count > m_maxColumns) {
                *error = Exchange::tr("line %1: more than %2 columns").arg(*startLine).arg(m_maxColumns);
                return false;
            }
            continue;
        } else if (*c == QLatin1Char('\r') || *c == QLatin1Char('\n')) {
            if (*c == QLatin1Char('\r')) {
                const std::optional<QChar> peeked = peek(error);
                if (peeked && *peeked == QLatin1Char('\n'))
                    take(error);
            }
            ++m_line;
            if (!fieldStarted && count == 0 && field->isEmpty()) {
                *startLine = m_line; // a blank line between records
                continue;
            }
            return finish();
        } else if (*c == QLatin1Char('"') && field->isEmpty() && !afterQuote) {
            quoted = true;
        } else if (afterQuote) {
            *error = Exchange::tr("line %1: text after a closing quote").arg(*startLine);
            return false;
        } else {
            --m_pos; // this character and the rest of the plain text in one go, as above
            const auto isEnd = [](QChar ch) { return ch == u',' || ch == u'\r' || ch == u'\n'; };
            field->append(takeRun(isEnd));
        }
        fieldStarted = true;
        if (field->size() > kMaxFieldChars) {
            *error = Exchange::tr("line %1: a field is longer than %2 characters").arg(*startLine).arg(kMaxFieldChars);
            return false;
        }
    }
}

} // namespace legcare::diary::exchange
