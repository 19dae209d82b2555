#include "kb/LocalizedText.h"

namespace legcare::kb {

QStringList texts(const LocalizedList &list, i18n::Language language)
{
    QStringList result;
    result.reserve(list.size());
    for (const LocalizedText &item : list)
        result.append(item.text(language));
    return result;
}

} // namespace legcare::kb
