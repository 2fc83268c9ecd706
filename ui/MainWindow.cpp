#include "MainWindow.h"

#include <QLabel>

namespace digitpad {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle("DigitPad");
    setCentralWidget(new QLabel("DigitPad", this));
}

} // namespace digitpad
