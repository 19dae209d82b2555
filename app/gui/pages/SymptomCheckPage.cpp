#include "pages/SymptomCheckPage.h"

#include "common/HtmlList.h"
#include "common/PageHeader.h"
#include "common/SafetyText.h"
#include "common/UnavailableNotice.h"

#include <QLabel>
#include <QVBoxLayout>

namespace legcare::gui {

namespace {

QLabel *section(const QString &heading, const QStringList &items, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setText(QStringLiteral("<b>%1</b>%2").arg(heading.toHtmlEscaped(), htmlBulletList(items)));
    return label;
}

} // namespace

SymptomCheckPage::SymptomCheckPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("symptomCheckPage"));

    auto *emergency = section(safety::emergencyIntro(), safety::emergencySigns(), this);
    emergency->setObjectName(QStringLiteral("emergencySigns"));
    auto *urgent = section(tr("See a doctor today if you have:"), safety::urgentSigns(), this);
    urgent->setObjectName(QStringLiteral("urgentSigns"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Symptom check"),
        tr("A short interview about your leg pain or cramps that tells you how urgent it is, "
           "what it may be and what you can do."),
        this));
    layout->addWidget(emergency);
    layout->addWidget(urgent);
    layout->addWidget(new UnavailableNotice(tr("The guided symptom check"), this));
    layout->addStretch(1);
}

} // namespace legcare::gui
