#include "kb/Location.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace legcare::kb {

namespace {

struct LocationEntry {
    Location location;
    const char *id;
};

constexpr std::array kLocations = {
    LocationEntry{Location::InnerThigh, "inner_thigh"},
    LocationEntry{Location::Groin, "groin"},
    LocationEntry{Location::FrontThigh, "front_thigh"},
    LocationEntry{Location::BackThigh, "back_thigh"},
    LocationEntry{Location::Calf, "calf"},
    LocationEntry{Location::Shin, "shin"},
    LocationEntry{Location::Foot, "foot"},
    LocationEntry{Location::Toes, "toes"},
};

} // namespace

QList<Location> allLocations()
{
    QList<Location> result;
    for (const LocationEntry &entry : kLocations)
        result.append(entry.location);
    return result;
}

QString locationId(Location location)
{
    for (const LocationEntry &entry : kLocations) {
        if (entry.location == location)
            return QString::fromLatin1(entry.id);
    }
    return {};
}

std::optional<Location> parseLocation(const QString &id)
{
    for (const LocationEntry &entry : kLocations) {
        if (id == QLatin1String(entry.id))
            return entry.location;
    }
    return std::nullopt;
}

QString locationName(Location location)
{
    switch (location) {
    case Location::InnerThigh:
        return QCoreApplication::translate("Location", "Inner thigh");
    case Location::Groin:
        return QCoreApplication::translate("Location", "Groin (leg root)");
    case Location::FrontThigh:
        return QCoreApplication::translate("Location", "Front of thigh");
    case Location::BackThigh:
        return QCoreApplication::translate("Location", "Back of thigh");
    case Location::Calf:
        return QCoreApplication::translate("Location", "Calf");
    case Location::Shin:
        return QCoreApplication::translate("Location", "Shin");
    case Location::Foot:
        return QCoreApplication::translate("Location", "Foot");
    case Location::Toes:
        return QCoreApplication::translate("Location", "Toes");
    }
    return {};
}

} // namespace legcare::kb
