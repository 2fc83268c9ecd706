#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("DigitPad");
    QApplication::setOrganizationName("DigitPad");
    QApplication::setApplicationVersion(DIGITPAD_VERSION);
    digitpad::MainWindow window;
    window.show();
    return app.exec();
}
