package se.dialogcoder.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message for the user, independent of the language it is shown in: a key of the UI's resource bundles
 * ({@code ui/messages*.properties}) with its arguments, and the English pattern for the command line and logs.
 *
 * <p>The lower layers (store, ingest, exchange, app) say what went wrong as a {@code UserMessage}; the window
 * renders it through the bundle of the chosen language, the command line prints {@link #english()}. Patterns
 * are {@link MessageFormat} patterns (a literal apostrophe is written {@code ''}); an argument that is itself a
 * {@code UserMessage} is rendered in the same language (a reason inside a sentence). Every key used in the code
 * must be in both bundles, with the same English text as here ({@code UserMessagesTest} checks).
 *
 * @param key the bundle key, e.g. {@code err.import.empty}
 * @param englishPattern the English text as a MessageFormat pattern
 * @param args the arguments: file names, numbers, technical details, or nested messages
 */
public record UserMessage(String key, String englishPattern, List<Object> args) {
    public UserMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(englishPattern, "englishPattern");
        // arguments may be null (shown as "null", as string concatenation did); the list is not modifiable
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A message with its English pattern and arguments. */
    public static UserMessage of(String key, String englishPattern, Object... args) {
        return new UserMessage(key, englishPattern, args == null ? List.of() : Arrays.asList(args));
    }

    /** The message in English (for the command line, logs and {@link Exception#getMessage()}). */
    public String english() {
        return format(englishPattern, Locale.ENGLISH, this::englishArg);
    }

    private Object englishArg(Object arg) {
        return arg instanceof UserMessage m ? m.english() : arg;
    }

    /**
     * Formats a pattern of this message's shape in a locale, each argument first passed through {@code render}
     * (the UI renders nested messages in its language).
     */
    public String format(String pattern, Locale locale, java.util.function.Function<Object, Object> render) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = render.apply(args.get(i));
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The English text, so that a message printed or concatenated reads as before. */
    @Override
    public String toString() {
        return english();
    }

    /** Something that can say what it means as a {@link UserMessage}: the user-facing exceptions. */
    public interface Carrier {
        UserMessage userMessage();
    }
}
