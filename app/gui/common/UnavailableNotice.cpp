#include "common/UnavailableNotice.h"

namespace legcare::gui {

UnavailableNotice::UnavailableNotice(const QString &feature, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("unavailableNotice"));
    setWordWrap(true);
    setText(tr("%1 is not available in this version of LegCare yet.").arg(feature));
    setAlignment(Qt::AlignCenter);
    setForegroundRole(QPalette::PlaceholderText);
    setMinimumHeight(80);
}

} // namespace legcare::gui
