#pragma once

#include <QLoggingCategory>

// Logging categories of the core; enable with QT_LOGGING_RULES="legcare.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
