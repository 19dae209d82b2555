#pragma once

#include <QString>
#include <QStringList>

namespace legcare::gui {

// A bulleted HTML list of plain-text items, each escaped, for rich-text labels.
QString htmlBulletList(const QStringList &items);

} // namespace legcare::gui
