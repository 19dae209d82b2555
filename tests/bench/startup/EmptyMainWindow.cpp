// legcare_startup_floor: the floor of the startup benchmark (scripts/bench-startup.sh). A bare Qt
// Widgets program, built with LegCare's flags, that shows an empty QMainWindow of LegCare's default
// size. With LEGCARE_EXIT_WHEN_SHOWN=1 the same probe as LegCare's reports the first frame and
// quits, so both programs stop the clock at the same moment.
//
// With --text it shows the least a window that says anything draws: a bold title and one line of
// text. The empty window lays out no text at all, so it never pays for what any text costs a Qt
// program (fontconfig, Qt's font database, a font engine per font, text layout and glyphs); the
// benchmark reports LegCare against this one too, to tell that cost from LegCare's own.

#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
        auto *content = new QWidget(&window);
        auto *layout = new QVBoxLayout(content);
        auto *title = new QLabel(QStringLiteral("Symptom check"), content);
        QFont font = title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.4);
        title->setFont(font);
        layout->addWidget(title);
        layout->addWidget(new QLabel(
            QStringLiteral("A short interview about your leg pain or cramps that tells you how "
                           "urgent it is, what it may be and what you can do."),
            content));
        layout->addStretch(1);
        window.setCentralWidget(content);
    }
    legcare::gui::StartupProbe::create(&window, true);
    window.show();
    return QApplication::exec();
}
