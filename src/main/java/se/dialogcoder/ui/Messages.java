package se.dialogcoder.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The UI strings: Swedish by default ({@code messages.properties}), English on request. */
final class Messages {
    private Messages() {
    }

    /** A message with its arguments, numbers formatted the bundle's way (Swedish: "1 432"). */
    static String format(ResourceBundle bundle, String key, Object... args) {
        return new java.text.MessageFormat(bundle.getString(key), bundle.getLocale().getLanguage().isEmpty()
                ? Locale.forLanguageTag("sv") : bundle.getLocale()).format(args);
    }

    static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        return ResourceBundle.getBundle("se.dialogcoder.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
