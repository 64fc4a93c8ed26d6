package se.dialogcoder.app.teamwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.ingest.UnitSplitter;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.store.Pseudonyms;
import se.dialogcoder.store.StoreException;

/**
 * A project with everything a team project carries (two coders' codings with memos and times, a code tree with
 * English names, descriptions, colours and memos, attributes, document and code sets, pseudonyms, non-ASCII text
 * and a character outside the BMP), and a snapshot of a project in words that name nothing by row id, so two
 * projects compare equal exactly when a user would see the same project.
 */
public final class TeamFixture {
    public static final String ANNA = "Anna Lind";
    public static final String BO = "Bo Ek";

    private TeamFixture() {
    }

    public static Path build(Path file) throws StoreException {
        try (Project p = ProjectStores.create(file, "Länsdialoger 2025 – team", "2025")) {
            p.write(tx -> {
                tx.project().setMemo("Projektets memo:\n  två rader 😀");
                ParsedDocument skane = UnitSplitter.split("Intervjuare: Hur arbetar ni med handlingsplaner?\n"
                        + "Region Skåne: Vi har en plan för suicidprevention 😀 sedan 2023.\n"
                        + "Intervjuare: Och efterlevandestöd?\n"
                        + "Region Skåne: Det saknas ännu, men kommunerna börjar.\n");
                Document d1 = tx.documents().insert(new NewDocument("2025_skane_dialog.txt", County.SKANE,
                        DocumentKind.TRANSCRIPT, "2025", "2025-03-14", "/data/2025_skane_dialog.txt", skane.text(),
                        skane.units()));
                ParsedDocument gotland = UnitSplitter.split("Anteckningar från Gotland.\n\n"
                        + "Styrning och stimulansmedel diskuterades; behovsanalys saknas.\n");
                Document d2 = tx.documents().insert(new NewDocument("Gotland anteckningar.docx", County.GOTLAND,
                        DocumentKind.NOTES, null, null, "Gotland anteckningar.docx", gotland.text(),
                        gotland.units()));
                tx.documents().setAttribute(d1.id(), "Deltagare", "12");
                tx.documents().setAttribute(d1.id(), "Moderator", "Åsa");
                tx.documents().setAttribute(d2.id(), "Deltagare", "7");
                tx.documents().setMemo(d1.id(), "Ljudet var dåligt i början.");
                Code sp = tx.codes().insert("uid-sp", null, "Suicidprevention", "Suicide prevention",
                        "Allt om suicidprevention", "All about suicide prevention", "#0072B2", 0);
                Code es = tx.codes().insert("uid-es", sp.id(), "Efterlevandestöd", "Postvention", null, null,
                        "#E69F00", 0);
                Code hp = tx.codes().insert("uid-hp", null, "Handlingsplaner", null, "Planer", null, "#009E73", 1);
                tx.codes().setMemo(es.id(), "Stöd till efterlevande");
                long anna = tx.coders().getOrCreate(ANNA).id();
                long bo = tx.coders().getOrCreate(BO).id();
                tx.codings().insertCopy(d1.id(), hp.id(), anna, 13, 48, "2025-04-01T10:00:00Z", "Annas memo");
                tx.codings().insertCopy(d1.id(), sp.id(), anna, 60, 110, "2025-04-01T10:05:00Z", null);
                tx.codings().insertCopy(d1.id(), es.id(), bo, 120, 150, "2025-04-02T09:00:00Z", "Bos memo");
                tx.codings().insertCopy(d1.id(), hp.id(), bo, 13, 40, "2025-04-02T09:01:00Z", null);
                tx.codings().insertCopy(d2.id(), hp.id(), bo, 0, 20, "2025-04-02T09:02:00Z", null);
                ItemSet docs = tx.sets().create(ItemSet.Kind.DOCUMENTS, "Södra", "Län i söder");
                tx.sets().add(ItemSet.Kind.DOCUMENTS, docs.id(), List.of(d2.id(), d1.id()));
                ItemSet codes = tx.sets().create(ItemSet.Kind.CODES, "Kärna", null);
                tx.sets().add(ItemSet.Kind.CODES, codes.id(), List.of(es.id(), hp.id()));
                tx.pseudonyms().add("person", "hash-a", "key-1");
                tx.pseudonyms().add("person", "hash-b", "key-1");
                tx.pseudonyms().add("phone", "hash-c", "key-1");
                return null;
            });
        }
        return file;
    }

    /** Everything a user sees of a project, one line per fact, without row ids. */
    public static List<String> snapshot(Project p) throws StoreException {
        return p.read(tx -> {
            List<String> out = new ArrayList<>();
            ProjectInfo info = tx.project().info();
            out.add("project " + info.name() + " | round " + info.round() + " | memo " + tx.project().memo());
            Map<Long, String> docNames = new TreeMap<>();
            for (Document d : tx.documents().list()) {
                docNames.put(d.id(), d.name());
                out.add("document " + d.name() + " | " + d.county() + " | " + d.kind() + " | " + d.round() + " | "
                        + d.dialogueDate() + " | " + d.sourceFile() + " | " + d.contentHash() + " | " + d.characters()
                        + " | " + d.words() + " | " + d.units());
                out.add("  text " + tx.documents().text(d.id()));
                out.add("  units " + tx.documents().units(d.id()));
                out.add("  attributes " + new TreeMap<>(tx.documents().attributes(d.id())));
                out.add("  memo " + tx.documents().memo(d.id()));
            }
            Map<Long, String> uids = new TreeMap<>();
            for (Code c : tx.codes().list()) {
                uids.put(c.id(), c.uid());
            }
            Map<Long, String> codeMemos = tx.codes().memos();
            for (Code c : tx.codes().list()) {
                out.add("code " + c.uid() + " | parent " + (c.parentId() == null ? null : uids.get(c.parentId()))
                        + " | " + c.name() + " | " + c.nameEn() + " | " + c.description() + " | " + c.descriptionEn()
                        + " | " + c.color() + " | " + c.sortOrder() + " | memo " + codeMemos.get(c.id()));
            }
            Map<Long, String> coders = new TreeMap<>();
            for (Coder c : tx.coders().list()) {
                coders.put(c.id(), c.name());
            }
            List<String> coderNames = new ArrayList<>(coders.values());
            Collections.sort(coderNames);
            out.add("coders " + coderNames);
            Map<Long, String> codingMemos = tx.codings().memos();
            List<String> codings = new ArrayList<>();
            for (Coding c : tx.codings().all()) {
                codings.add("coding " + docNames.get(c.documentId()) + " | " + uids.get(c.codeId()) + " | "
                        + coders.get(c.coderId()) + " | " + c.start() + ".." + c.end() + " | " + c.createdAt()
                        + " | memo " + codingMemos.get(c.id()));
            }
            Collections.sort(codings);
            out.addAll(codings);
            for (ItemSet s : tx.sets().list()) {
                List<String> members = new ArrayList<>();
                for (Long m : s.members()) {
                    members.add(s.isDocumentSet() ? docNames.get(m) : uids.get(m));
                }
                out.add("set " + s.kind() + " | " + s.name() + " | " + s.description() + " | " + members);
            }
            for (Pseudonyms.Entry e : tx.pseudonyms().all()) {
                out.add("pseudonym " + e);
            }
            return out;
        });
    }
}
