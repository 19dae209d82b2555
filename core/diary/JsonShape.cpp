#include "diary/JsonShape.h"

#include "diary/Exchange.h"

#include <QFile>

namespace legcare::diary::exchange {

namespace {

// What a diary's JSON can hold: nesting as deep as the format's (root, episodes, episode,
// triggers) and a little more, no text longer than a note may be (each character written as
// \uXXXX at worst), and a bounded "weight" (strings, commas and containers, a container weighing
// more). A JSON export weighs about 50 an episode, so the limit leaves room for some 160,000
// episodes (a diary's CSV has no such limit), and a document of the cheapest values stays near
// 150 MiB.
constexpr int kMaxJsonDepth = 8;
constexpr qsizetype kMaxJsonTextBytes = 6 * qsizetype(kMaxFieldChars) + 2;
constexpr qsizetype kContainerWeight = 8;
constexpr qsizetype kMaxJsonWeight = 8 * 1000 * 1000;

} // namespace

bool JsonShape::feed(QByteArrayView bytes, qsizetype offset, QString *error)
{
    for (qsizetype k = 0; k < bytes.size(); ++k) {
        const qsizetype i = offset + k;
        const char c = bytes[k];
        if (m_textStart >= 0) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                m_textStart = -1;
            if (m_textStart >= 0 && i - m_textStart > kMaxJsonTextBytes) {
                *error = Exchange::tr("byte %1: a text longer than %2 characters").arg(m_textStart).arg(kMaxFieldChars);
                return false;
            }
            continue;
        }
        switch (c) {
        case '"':
            m_textStart = i;
            ++m_weight;
            break;
        case '[':
        case '{':
            if (++m_depth > kMaxJsonDepth) {
                *error = Exchange::tr("byte %1: nested more than %2 levels deep").arg(i).arg(kMaxJsonDepth);
                return false;
            }
            m_weight += kContainerWeight;
            break;
        case ']':
        case '}':
            --m_depth;
            break;
        case ',':
            ++m_weight;
            break;
        default:
            break;
        }
        if (m_weight > kMaxJsonWeight) {
            *error = Exchange::tr("byte %1: too many values for a diary file").arg(i);
            return false;
        }
    }
    return true;
}

bool checkJsonShape(const QByteArray &data, QString *error)
{
    return JsonShape().feed(data, 0, error);
}

std::optional<QByteArray> readJsonFile(QFile &file, QString *error)
{
    QByteArray data;
    data.reserve(file.size());
    JsonShape shape;
    for (;;) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                *error = file.errorString();
                return std::nullopt;
            }
            return data;
        }
        if (!shape.feed(chunk, data.size(), error))
            return std::nullopt;
        data += chunk;
    }
}

} // namespace legcare::diary::exchange
