#include "pages/StretchingPage.h"

#include "common/PageHeader.h"
#include "common/UnavailableNotice.h"

#include <QVBoxLayout>

namespace legcare::gui {

StretchingPage::StretchingPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stretchingPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Stretching"),
        tr("Illustrated stretches and routines for cramps and leg-root pain, with a guided "
           "player and a printable sheet."),
        this));
    layout->addWidget(new UnavailableNotice(tr("Stretching routines"), this));
    layout->addStretch(1);
}

} // namespace legcare::gui
