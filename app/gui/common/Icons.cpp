#include "common/Icons.h"

#include "AppInfo.h"

namespace legcare::gui::icons {

QIcon bundled(QStringView name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon window()
{
    QIcon icon;
    for (const int size : {16, 32, 64, 128}) {
        icon.addFile(QStringLiteral(":/icons/%1-%2.png").arg(QLatin1String(appinfo::kAppId)).arg(size),
                     QSize(size, size));
    }
    return icon;
}

} // namespace legcare::gui::icons
