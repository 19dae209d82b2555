#pragma once

#include "i18n/Language.h"

#include <QList>
#include <QString>

namespace legcare::kb {

// A user-visible text of the knowledge base in every language LegCare speaks.
struct LocalizedText {
    QString en;
    QString zhCN;

    const QString &text(i18n::Language language) const
    {
        return language == i18n::Language::SimplifiedChinese ? zhCN : en;
    }
};

using LocalizedList = QList<LocalizedText>;

// The texts of a list in one language.
QStringList texts(const LocalizedList &list, i18n::Language language);

} // namespace legcare::kb
