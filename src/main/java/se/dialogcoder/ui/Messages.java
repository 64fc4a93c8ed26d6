package se.dialogcoder.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import se.dialogcoder.model.UserMessage;

/** The UI strings: Swedish by default ({@code messages.properties}), English on request. */
public final class Messages {
    private Messages() {
    }

    /** A message with its arguments, numbers formatted the bundle's way (Swedish: "1 432"). */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        return new java.text.MessageFormat(bundle.getString(key), locale(bundle)).format(args);
    }

    public static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        return ResourceBundle.getBundle("se.dialogcoder.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * A message of the lower layers (an error, an import report line) in the bundle's language; nested messages
     * too. A key missing from the bundle (which {@code UserMessagesTest} prevents) falls back to the English text.
     */
    public static String render(ResourceBundle bundle, UserMessage message) {
        if (message == null) {
            return "";
        }
        if (!bundle.containsKey(message.key())) {
            return message.english();
        }
        return message.format(bundle.getString(message.key()), locale(bundle),
                arg -> arg instanceof UserMessage nested ? render(bundle, nested) : arg);
    }

    /** What went wrong, for the user: the error's {@link UserMessage} in the bundle's language, else its text. */
    public static String describe(ResourceBundle bundle, Throwable error) {
        if (error instanceof UserMessage.Carrier c && c.userMessage() != null) {
            return render(bundle, c.userMessage());
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    private static Locale locale(ResourceBundle bundle) {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.forLanguageTag("sv") : bundle.getLocale();
    }
}
