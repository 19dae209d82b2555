#include "dialogs/SafetyNoticeDialog.h"

#include "common/HtmlList.h"
#include "common/SafetyText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace legcare::gui {

SafetyNoticeDialog::SafetyNoticeDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("safetyNoticeDialog"));
    setWindowTitle(tr("Before you use LegCare"));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("safetyNoticeText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b></p>%4<p>%5</p>%6")
                      .arg(tr("Self-care information, not a diagnosis").toHtmlEscaped(),
                           safety::disclaimer().toHtmlEscaped(),
                           safety::emergencyIntro().toHtmlEscaped(),
                           htmlBulletList(safety::emergencySigns()),
                           tr("See a doctor today if you have:").toHtmlEscaped(),
                           htmlBulletList(safety::urgentSigns())));

    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::FirstRun) {
        QPushButton *accept = buttons->addButton(tr("I understand"), QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("acknowledgeButton"));
        accept->setDefault(true);
        QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
    } else {
        buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72); // in text widths: grows with the font
}

} // namespace legcare::gui
