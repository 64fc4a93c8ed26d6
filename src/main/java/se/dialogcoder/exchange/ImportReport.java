package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.UserMessage;

/**
 * What an import could not take over, and what it changed on the way. Nothing is dropped silently: every item
 * that is not imported is listed under {@link #notImported()}; adjustments that keep the data (a default colour,
 * a county found by detection, a memo-only selection kept in the document memo) are listed under
 * {@link #notes()}. The same message for the same item is counted, not repeated.
 *
 * <p>Items and reasons are {@link UserMessage}s: the window shows them in the user's language
 * ({@link #notImportedMessages()}, {@link #noteMessages()}), the command line in English.
 */
public final class ImportReport {
    private final Map<UserMessage, Integer> notImported = new LinkedHashMap<>();
    private final Map<UserMessage, Integer> notes = new LinkedHashMap<>();
    private final List<UserMessage> offsetProblems = new ArrayList<>();
    private int offsetCodings;

    /** An item that is not in the new project. {@code item} names it, {@code reason} says why. */
    public void notImported(UserMessage item, UserMessage reason) {
        notImported.merge(line(item, reason), 1, Integer::sum);
    }

    /** An item that was imported with a change, or a fact the user should check. */
    public void note(UserMessage item, UserMessage what) {
        notes.merge(line(item, what), 1, Integer::sum);
    }

    private static UserMessage line(UserMessage item, UserMessage text) {
        return UserMessage.of("refi.line", "{0}: {1}", item, text);
    }

    /**
     * A source whose positions fit no way of counting (see {@code OffsetCheck}): its codings would land on other
     * words, so the import as a whole must not go ahead.
     */
    public void offsetProblem(UserMessage item, UserMessage reason, int codings) {
        offsetProblems.add(line(item, reason));
        offsetCodings += codings;
    }

    /** The sources whose positions fit no counting, each with the reason; empty when all fit. */
    public List<UserMessage> offsetProblems() {
        return List.copyOf(offsetProblems);
    }

    /** How many codings the sources of {@link #offsetProblems()} have. */
    public int offsetProblemCodings() {
        return offsetCodings;
    }

    /** The items not imported, in English (command line). */
    public List<String> notImported() {
        return english(notImportedMessages());
    }

    /** The notes, in English (command line). */
    public List<String> notes() {
        return english(noteMessages());
    }

    /** The items not imported, each once with how often it happened. */
    public List<UserMessage> notImportedMessages() {
        return lines(notImported);
    }

    /** The notes, each once with how often it happened. */
    public List<UserMessage> noteMessages() {
        return lines(notes);
    }

    /** Whether everything in the file was imported. */
    public boolean complete() {
        return notImported.isEmpty();
    }

    private static List<UserMessage> lines(Map<UserMessage, Integer> counted) {
        List<UserMessage> out = new ArrayList<>();
        counted.forEach((message, n) -> out.add(n == 1 ? message
                : UserMessage.of("refi.lineTimes", "{0} ({1} times)", message, n)));
        return List.copyOf(out);
    }

    private static List<String> english(List<UserMessage> messages) {
        return messages.stream().map(UserMessage::english).toList();
    }
}
