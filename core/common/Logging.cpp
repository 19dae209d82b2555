#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcI18n, "legcare.i18n")
Q_LOGGING_CATEGORY(lcSettings, "legcare.settings")
