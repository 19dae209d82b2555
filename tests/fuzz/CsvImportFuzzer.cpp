// Fuzzes the CSV importer (diary::exchange::parseCsv), the reader behind `diary import FILE.csv`
// and the Diary page's Import. Each input is read twice: from a QBuffer (one 64 KiB read, as from
// a file) and from a device that hands out a few bytes per read, so that records, quotes and
// UTF-8 characters cut by a read boundary are exercised; both must agree. A file that parses
// must export and read back to the same episodes.

#include "DiaryRoundTrip.h"
#include "FuzzSupport.h"

#include "diary/Exchange.h"

#include <QBuffer>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {

// A sequential device that returns at most chunk bytes per read, like a pipe.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 chunk)
        : m_data(std::move(data))
        , m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_chunk, m_data.size() - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, static_cast<size_t>(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace legcare;
    const QByteArray bytes = fuzz::bytesOf(data, size);

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const auto episodes = diary::exchange::parseCsv(buffer, &error);
    fuzz::require(episodes.has_value() != !error.isEmpty(), "a failed parse says why, a good one says nothing", error);

    // The same bytes a few at a time (1 to 7 per read, chosen by the input so a crash replays).
    TrickleDevice trickle(QByteArray(bytes.constData(), bytes.size()), 1 + static_cast<qint64>(qHash(bytes) % 7));
    QString trickleError;
    const auto trickled = diary::exchange::parseCsv(trickle, &trickleError);
    // The messages may differ (e.g. the line where bad UTF-8 is noticed); the verdict may not.
    fuzz::require(trickled.has_value() == episodes.has_value(), "small reads give the same verdict",
                  error + QStringLiteral(" / ") + trickleError);
    if (episodes) {
        fuzz::requireSame(*episodes, trickled, "small reads give the same episodes", trickleError);
        fuzz::checkParsedEpisodes(*episodes);
    }
    return 0;
}
