#pragma once

#include <QString>

#include <optional>

namespace legcare::triage {

// The four triage levels of the contract, ordered: a higher value is more urgent, so the
// level of a profile is the maximum over the rules that fire.
enum class Level {
    SelfCare = 0, // look after it at home; come back if it changes
    Doctor = 1, // book a doctor's appointment (days, not weeks)
    Urgent = 2, // see a doctor today
    Emergency = 3, // call the emergency number or go to the emergency department now
};

// The contract id: "self_care", "doctor", "urgent", "emergency".
QString levelId(Level level);
// Parses a contract id; nullopt otherwise.
std::optional<Level> parseLevel(const QString &id);

} // namespace legcare::triage
