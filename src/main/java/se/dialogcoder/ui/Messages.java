package se.dialogcoder.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The UI strings: Swedish by default ({@code messages.properties}), English on request. */
final class Messages {
    private Messages() {
    }

    static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        return ResourceBundle.getBundle("se.dialogcoder.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
