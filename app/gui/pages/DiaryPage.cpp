#include "pages/DiaryPage.h"

#include "common/PageHeader.h"
#include "common/UnavailableNotice.h"

#include <QVBoxLayout>

namespace legcare::gui {

DiaryPage::DiaryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diaryPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Diary"),
        tr("A log of your cramp episodes with statistics, charts and a report to take to your "
           "doctor."),
        this));
    layout->addWidget(new UnavailableNotice(tr("The cramp diary"), this));
    layout->addStretch(1);
}

} // namespace legcare::gui
