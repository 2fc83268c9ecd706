#include "Language.h"

#include "SettingsKeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace digitpad {

QList<LanguageChoice> languageChoices() {
    return {{QString(), QCoreApplication::translate("digitpad::Language", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString chosenLanguage() { return QSettings().value(settings_key::kLanguage).toString(); }

void setChosenLanguage(const QString& code) {
    if (code.isEmpty())
        QSettings().remove(settings_key::kLanguage);
    else
        QSettings().setValue(settings_key::kLanguage, code);
}

QLocale interfaceLocale() {
    const QString chosen = chosenLanguage();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool installTranslations(QCoreApplication& app, const QLocale& locale) {
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    const bool spoken = own->load(locale, QStringLiteral("digitpad"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // English, and any language DigitPad does not speak: the sources' own words, with English's
    // plural forms ("1 image", "2 images") from the plural-only digitpad_en.
    if (!spoken && !own->load(QStringLiteral("digitpad_en"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (!spoken || locale.language() == QLocale::English) return false;
    // Qt's own words: dialog buttons, the text fields' context menu (Debian's qt6-translations-l10n).
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace digitpad
