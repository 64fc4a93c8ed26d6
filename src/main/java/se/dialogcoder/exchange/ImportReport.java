package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import could not take over, and what it changed on the way. Nothing is dropped silently: every item
 * that is not imported is listed under {@link #notImported()}; adjustments that keep the data (a default colour,
 * a county found by detection, a memo-only selection kept in the document memo) are listed under
 * {@link #notes()}. The same message for the same item is counted, not repeated.
 */
public final class ImportReport {
    private final Map<String, Integer> notImported = new LinkedHashMap<>();
    private final Map<String, Integer> notes = new LinkedHashMap<>();

    /** An item that is not in the new project. {@code item} names it, {@code reason} says why. */
    public void notImported(String item, String reason) {
        notImported.merge(item + ": " + reason, 1, Integer::sum);
    }

    /** An item that was imported with a change, or a fact the user should check. */
    public void note(String item, String what) {
        notes.merge(item + ": " + what, 1, Integer::sum);
    }

    public List<String> notImported() {
        return lines(notImported);
    }

    public List<String> notes() {
        return lines(notes);
    }

    /** Whether everything in the file was imported. */
    public boolean complete() {
        return notImported.isEmpty();
    }

    private static List<String> lines(Map<String, Integer> counted) {
        List<String> out = new ArrayList<>();
        counted.forEach((message, n) -> out.add(n == 1 ? message : message + " (" + n + " times)"));
        return List.copyOf(out);
    }
}
