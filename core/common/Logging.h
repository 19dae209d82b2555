#pragma once

#include <QLoggingCategory>

// Logging categories of the core: warnings by default (the CLI keeps stderr for errors);
// enable more with QT_LOGGING_RULES="legcare.*.info=true" or "legcare.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcDiary)
