#include "pages/LibraryPage.h"

#include "common/PageHeader.h"
#include "common/UnavailableNotice.h"

#include <QVBoxLayout>

namespace legcare::gui {

LibraryPage::LibraryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Library"),
        tr("Conditions that cause leg pain and cramps, their causes, self-care, prevention and "
           "when to see a doctor, and every exercise."),
        this));
    layout->addWidget(new UnavailableNotice(tr("The library"), this));
    layout->addStretch(1);
}

} // namespace legcare::gui
