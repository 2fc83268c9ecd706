#pragma once
#include <QMainWindow>

namespace digitpad {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace digitpad
