package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import se.dialogcoder.model.UserMessage;

/**
 * The Notes of a project and the Links that attach notes to items (NVivo links a note to a selection this way).
 * A note becomes the memo of whatever refers to it; notes nobody refers to are kept in the project memo.
 */
final class QdeNotes {
    private record Note(String name, String text) {
    }

    private final Map<String, Note> notes = new LinkedHashMap<>();
    private final Map<String, List<String>> linked = new HashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    QdeNotes(Element root, QdeReader.SourceFiles files, ImportReport report) {
        Element notesElement = Dom.child(root, "Notes");
        for (Element n : Dom.children(notesElement, "Note")) {
            String guid = Dom.guid(n, "guid");
            String name = Dom.attr(n, "name");
            UserMessage item = UserMessage.of("refi.item.note", "Note \"{0}\"", name == null ? guid : name);
            String text = Dom.childText(n, "PlainTextContent");
            if (text == null && Dom.attr(n, "plainTextPath") != null) {
                text = files.text(Dom.attr(n, "plainTextPath"), item);
            }
            if (text == null) {
                text = Dom.childText(n, "Description");
            }
            if (text == null && Dom.attr(n, "richTextPath") != null) {
                report.notImported(item, UserMessage.of("refi.reason.noteRichOnly",
                        "it exists only as rich text ({0}), which is not read", Dom.attr(n, "richTextPath")));
                continue;
            }
            if (guid == null || text == null || text.isBlank()) {
                continue; // an empty note carries nothing to lose
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // the byte order mark of its file
            }
            notes.put(guid, new Note(name, text.replace("\r\n", "\n").replace('\r', '\n')));
        }
        Element links = Dom.child(root, "Links");
        int other = 0;
        for (Element link : Dom.children(links, "Link")) {
            String origin = Dom.guid(link, "originGUID");
            String target = Dom.guid(link, "targetGUID");
            if (origin != null && notes.containsKey(origin) && target != null) {
                linked.computeIfAbsent(target, k -> new ArrayList<>()).add(origin);
            } else if (target != null && notes.containsKey(target) && origin != null) {
                linked.computeIfAbsent(origin, k -> new ArrayList<>()).add(target);
            } else {
                other++;
            }
        }
        if (other > 0) {
            report.notImported(other == 1
                    ? UserMessage.of("refi.item.link", "1 link between codes, sources or selections")
                    : UserMessage.of("refi.item.links", "{0} links between codes, sources or selections", other),
                    UserMessage.of("refi.reason.links", "links are not supported"));
        }
    }

    /** The memo of an item: its NoteRefs and the notes linked to it, joined by blank lines; null when none. */
    String memo(Element owner, String ownerGuid) {
        List<String> refs = new ArrayList<>();
        if (owner != null) {
            for (Element ref : Dom.children(owner, "NoteRef")) {
                String target = Dom.guid(ref, "targetGUID");
                if (target != null) {
                    refs.add(target);
                }
            }
        }
        if (ownerGuid != null) {
            refs.addAll(linked.getOrDefault(ownerGuid, List.of()));
        }
        return memo(refs);
    }

    String memo(List<String> noteGuids) {
        List<String> texts = new ArrayList<>();
        for (String g : new LinkedHashSet<>(noteGuids)) {
            Note n = notes.get(g);
            if (n != null) {
                texts.add(n.text());
                used.add(g);
            }
        }
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    /** Notes nobody refers to, as "name:\ntext" blocks (call after every item was read). */
    List<String> unused() {
        List<String> out = new ArrayList<>();
        notes.forEach((guid, n) -> {
            if (!used.contains(guid)) {
                out.add((n.name() == null ? "Note" : n.name()) + ":\n" + n.text());
            }
        });
        return out;
    }

    /** Joins memo parts with blank lines, leaving out nulls; null when nothing is left. */
    static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? null : String.join("\n\n", kept);
    }
}
