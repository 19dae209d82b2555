#pragma once

#include "diary/Episode.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// One imported record (a CSV line or a JSON object) made into an episode: the text of each field
// parsed and checked, for diary/Exchange.
namespace legcare::diary::exchange {

// The text fields of one record, as views into text that outlives the RawEpisode.
struct RawEpisode {
    QStringView startedAt;
    QStringView duration;
    QStringView location;
    QStringView side;
    QStringView severity;
    QStringView context;
    QList<QStringView> triggers;
    QList<QStringView> reliefs;
    QStringView note;
};

// The ';'-separated parts of text, as views into it, in *ids (cleared first).
void splitIds(QStringView text, QList<QStringView> *ids);

// The episode the fields describe; on failure *error names the field and what is wrong.
std::optional<Episode> buildEpisode(const RawEpisode &raw, QString *error);

} // namespace legcare::diary::exchange
