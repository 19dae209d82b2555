#pragma once

#include <QSqlDatabase>
#include <QString>

namespace legcare::diary::detail {

// LegCare's mark in the SQLite header (PRAGMA application_id): "LGCR".
inline constexpr int kApplicationId = 0x4C474352;

// Runs the migrations from fromVersion up to toVersion inside the caller's transaction, each
// an ordered step (v1: episodes; v2: daily items; v3: symptom-check history; v4: custom
// routines and the history of played routines; v5: running totals for the statistics). Sets
// user_version and application_id.
bool migrate(QSqlDatabase db, int fromVersion, int toVersion, QString *error);

} // namespace legcare::diary::detail
