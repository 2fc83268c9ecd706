#include "MainWindow.h"
#include "AppDataPaths.h"
#include "Language.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("DigitPad");
    QApplication::setOrganizationName("DigitPad");
    QApplication::setApplicationVersion(DIGITPAD_VERSION);
    QApplication::setWindowIcon(QIcon(":/icons/digitpad.svg"));
    digitpad::installTranslations(app, digitpad::interfaceLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription("Draw a digit and see it recognized.");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("model", "A model file to open instead of the last one used.", "[model]");
    parser.process(app);

    digitpad::SingleInstance instance(digitpad::SingleInstance::keyForThisSession());
    if (!instance.isPrimary() && instance.activatePrimary()) {
        std::fprintf(stderr, "DigitPad is already running; its window was brought to the front.\n");
        return 0;
    }

    digitpad::moveOldAppData(); // before anything reads the samples or the saved models
    digitpad::MainWindow window;
    QObject::connect(&instance, &digitpad::SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    if (!parser.positionalArguments().isEmpty()) window.openModel(parser.positionalArguments().first());
    window.show();
    return app.exec();
}
