// legcare_startup_floor: the floor of the startup benchmark (scripts/bench-startup.sh). A bare Qt
// Widgets program, built with LegCare's flags, that shows an empty QMainWindow of LegCare's default
// size. With LEGCARE_EXIT_WHEN_SHOWN=1 the same probe as LegCare's reports the first frame and
// quits, so both programs stop the clock at the same moment.

#include "StartupProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    legcare::gui::StartupProbe::create(&window, true);
    window.show();
    return QApplication::exec();
}
