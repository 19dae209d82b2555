// Fuzzes the JSON diary import (diary::exchange::parseJson), the reader behind
// `diary import FILE.json` and the Diary page's Import. A file that parses must export and read
// back to the same episodes; one that does not must say why.

#include "DiaryRoundTrip.h"
#include "FuzzSupport.h"

#include "diary/Exchange.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace legcare;
    QString error;
    const auto episodes = diary::exchange::parseJson(fuzz::bytesOf(data, size), &error);
    fuzz::require(episodes.has_value() != !error.isEmpty(), "a failed parse says why, a good one says nothing", error);
    if (episodes)
        fuzz::checkParsedEpisodes(*episodes);
    return 0;
}
