#include "dialogs/AboutDialog.h"

#include "AppInfo.h"
#include "common/SafetyText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace legcare::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LegCare"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(appinfo::kAppId)))
                        .pixmap(96, 96));
    icon->setAccessibleName(tr("LegCare icon"));

    auto *name = new QLabel(
        QStringLiteral("<h2>LegCare %1</h2>").arg(QLatin1String(appinfo::kVersion)), this);
    name->setObjectName(QStringLiteral("aboutName"));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p><p><i>%4</i></p>")
            .arg(tr("Helps you look after leg pain and leg cramps yourself, and tells you "
                    "clearly when to see a doctor instead.")
                     .toHtmlEscaped(),
                 tr("Your diary stays on this computer. LegCare never connects to the "
                    "network.")
                     .toHtmlEscaped(),
                 tr("Licensed under the GNU General Public License, version 3 or later. Built "
                    "with Qt %1.")
                     .arg(QLatin1String(qVersion()))
                     .toHtmlEscaped(),
                 safety::disclaimer().toHtmlEscaped()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(name);
    textColumn->addWidget(text);
    top->addLayout(textColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // in text widths: grows with the font
}

} // namespace legcare::gui
