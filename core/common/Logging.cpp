#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcI18n, "legcare.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "legcare.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiary, "legcare.diary", QtWarningMsg)
