#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace legcare::kb {

// The places on the leg of the symptom-profile contract; ids never change with the language.
enum class Location {
    InnerThigh,
    Groin, // the leg root, where thigh meets trunk
    FrontThigh,
    BackThigh,
    Calf,
    Shin,
    Foot,
    Toes,
};

QList<Location> allLocations();
QString locationId(Location location);                     // "inner_thigh"
std::optional<Location> parseLocation(const QString &id);  // nullopt for an unknown id
QString locationName(Location location);                   // translated with tr()

} // namespace legcare::kb
