#pragma once
// The language DigitPad speaks: the one chosen in View > Language, else the system's. German and
// French are translated (translations/), with Qt's own dialogs; anything else is English.
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace digitpad {

struct LanguageChoice {
    QString code; // "de", "fr", "en"; empty: follow the system
    QString name; // in its own language: "Deutsch"
};

QList<LanguageChoice> languageChoices();
// The code chosen in View > Language ("" when none: the system's).
QString chosenLanguage();
void setChosenLanguage(const QString& code);
// The locale the interface speaks and writes numbers in.
QLocale interfaceLocale();

// Installs DigitPad's and Qt's translations for `locale` (the translators are the app's children)
// and makes it the default locale. Returns false when DigitPad has no translation for it.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace digitpad
