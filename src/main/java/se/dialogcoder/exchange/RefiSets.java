package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Element;
import se.dialogcoder.exchange.ImportedProject.ImportedSet;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UserMessage;

/**
 * REFI-QDA {@code <Sets>} (Project.xsd {@code SetType}: Description, MemberCode*, MemberSource*, MemberNote*), as
 * MAXQDA writes its document sets and code sets. A set with only sources becomes a document set, one with only
 * codes a code set, one with both one of each (the code set named "… (koder)"); an empty set a document set.
 */
final class RefiSets {
    /** What is added to the name of the code set made from a set that also holds sources. */
    static final String CODES_SUFFIX = " (koder)";

    private RefiSets() {
    }

    /**
     * Reads the sets of a project.
     *
     * @param sourceIndex source GUID → position of its document in the imported documents
     * @param codeGuids the GUIDs of the imported codes
     */
    static List<ImportedSet> read(Element sets, Map<String, Integer> sourceIndex, Set<String> codeGuids,
                                  ImportReport report) {
        List<ImportedSet> out = new ArrayList<>();
        for (Element set : Dom.children(sets, "Set")) {
            String given = Texts.oneLine(Dom.attr(set, "name"));
            String name = given == null || given.isEmpty() ? "Set " + SourceReader.shortGuid(Dom.guid(set, "guid"))
                    : given;
            UserMessage item = UserMessage.of("refi.item.set", "Set \"{0}\"", name);
            Element d = Dom.child(set, "Description");
            String description = d == null || d.getTextContent().isBlank() ? null : d.getTextContent();
            List<Integer> documents = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            int lost = 0;
            for (Element m : Dom.children(set, "MemberSource")) {
                Integer index = sourceIndex.get(Dom.guid(m, "targetGUID"));
                if (index == null) {
                    lost++;
                } else if (!documents.contains(index)) {
                    documents.add(index);
                }
            }
            for (Element m : Dom.children(set, "MemberCode")) {
                String guid = Dom.guid(m, "targetGUID");
                if (guid == null || !codeGuids.contains(guid)) {
                    lost++;
                } else if (!codes.contains(guid)) {
                    codes.add(guid);
                }
            }
            if (lost > 0) {
                report.note(item, UserMessage.of("refi.note.setMembersLost", "{0} member(s) are not in the "
                        + "imported project (sources or codes that were not imported) and were left out", lost));
            }
            int notes = Dom.children(set, "MemberNote").size();
            if (notes > 0) {
                report.note(item, UserMessage.of("refi.note.setNotes", "{0} note(s) in the set were left out (a set "
                        + "holds documents or codes)", notes));
            }
            boolean sources = !Dom.children(set, "MemberSource").isEmpty();
            boolean codeMembers = !Dom.children(set, "MemberCode").isEmpty();
            if (sources || !codeMembers) {
                out.add(new ImportedSet(ItemSet.Kind.DOCUMENTS, name, description, documents, List.of()));
            }
            if (codeMembers) {
                String codeName = sources ? name + CODES_SUFFIX : name;
                out.add(new ImportedSet(ItemSet.Kind.CODES, codeName, description, List.of(), codes));
                if (sources) {
                    report.note(item, UserMessage.of("refi.note.setSplit", "it holds sources and codes: imported as "
                            + "the document set \"{0}\" and the code set \"{1}\"", name, codeName));
                }
            }
        }
        return out;
    }

    /** A set for the writer: members as source and code GUIDs. */
    record SetOut(String guid, String name, String description, List<String> codes, List<String> sources) {
    }

    /** Writes {@code <Sets>} (nothing when there are none). */
    static void write(XmlOut x, List<SetOut> sets) throws XMLStreamException {
        if (sets.isEmpty()) {
            return;
        }
        x.open("Sets");
        for (SetOut s : sets) {
            x.open("Set").attr("guid", s.guid()).attr("name", s.name());
            x.textElement("Description", s.description());
            for (String c : s.codes()) {
                x.open("MemberCode").attr("targetGUID", c).close();
            }
            for (String src : s.sources()) {
                x.open("MemberSource").attr("targetGUID", src).close();
            }
            x.close();
        }
        x.close();
    }
}
