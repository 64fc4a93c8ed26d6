package se.dialogcoder.app.exchange;

import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.coding.SetActions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.exchange.ImportReport;
import se.dialogcoder.exchange.ImportedProject;
import se.dialogcoder.exchange.ImportedProject.ImportedCoding;
import se.dialogcoder.exchange.ImportedProject.ImportedDocument;
import se.dialogcoder.exchange.OffsetChoice;
import se.dialogcoder.exchange.QdpxReader;
import se.dialogcoder.exchange.StatedCounty;
import se.dialogcoder.ingest.CountyDetector;
import se.dialogcoder.ingest.ParsedDocument;
import se.dialogcoder.ingest.UnitSplitter;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodebookEntry;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.Texts;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Stores an imported REFI-QDA project in a new project file: codes, coders, documents (with units split, county
 * from the file or detected), attributes, codings and memos, all in one transaction of a hidden file that is moved
 * into place when complete.
 */
final class QdpxImporter {
    ExchangeService.ProjectImport importInto(QdpxReader reader, Path qdpx, Path target, OffsetChoice offsets)
            throws ExchangeException, StoreException {
        String targetName = String.valueOf(target.getFileName());
        if (Files.exists(target)) {
            throw new StoreException(UserMessage.of("err.qdpx.targetExists", "{0}: a file of that name already "
                    + "exists. A .qdpx is always imported into a new project; choose a new name.", targetName));
        }
        ImportedProject imported = reader.read(qdpx, offsets);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + targetName + ".importing-" + UUID.randomUUID());
        try {
            Files.createDirectories(dir);
            int[] counts;
            try (Project project = ProjectStores.create(tmp, imported.name(), mostCommonRound(imported))) {
                counts = project.write(tx -> store(tx, imported));
            }
            Files.move(tmp, target);
            return new ExchangeService.ProjectImport(target, counts[0], counts[1], counts[2], counts[3], imported.report());
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(UserMessage.of("err.qdpx.targetAppeared", "{0}: a file of that name appeared "
                    + "during the import; the import was not saved.", targetName), e);
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("err.qdpx.notWritten", "{0}: the project could not be written ({1}).",
                    targetName, e.getMessage()), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static String mostCommonRound(ImportedProject p) {
        return p.documents().stream().map(ImportedDocument::round).filter(r -> r != null && !r.isBlank())
                .collect(Collectors.groupingBy(r -> r, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private int[] store(UnitOfWork tx, ImportedProject p) throws StoreException {
        ImportReport report = p.report();
        if (p.memo() != null) {
            tx.project().setMemo(p.memo());
        }
        Map<String, Long> codeIds = new HashMap<>();
        insertCodes(tx, p.codes(), null, p.codeMemos(), codeIds);
        Map<String, Long> coderIds = new HashMap<>();
        int documents = 0;
        int codings = 0;
        Map<Integer, Long> documentIds = new HashMap<>();
        int index = -1;
        for (ImportedDocument d : p.documents()) {
            index++;
            UserMessage item = UserMessage.of("refi.item.source", "Source \"{0}\"", d.name());
            String hash = Texts.contentHash(d.text());
            Optional<Document> same = tx.documents().byHash(hash);
            if (same.isPresent()) {
                report.notImported(item, d.codings().isEmpty()
                        ? UserMessage.of("refi.reason.sameText",
                                "its text is the same as that of \"{0}\", already imported", same.get().name())
                        : UserMessage.of("refi.reason.sameTextCodings", "its text is the same as that of \"{0}\", "
                                + "already imported; its {1} coding(s) are not imported", same.get().name(),
                                d.codings().size()));
                continue;
            }
            ParsedDocument parsed = UnitSplitter.split(d.text());
            DocumentKind kind = d.kind() != null ? d.kind() : parsed.kind();
            String date = d.dialogueDate() != null ? d.dialogueDate() : p.statesDates() ? null : parsed.dialogueDate();
            String name = d.name().isBlank() ? "Dokument" : d.name();
            for (int n = 2; tx.documents().nameExists(name); n++) {
                name = d.name() + " (" + n + ")";
            }
            if (!name.equals(d.name())) {
                report.note(item, UserMessage.of("refi.note.renamed", "renamed \"{0}\" (the name was taken)", name));
            }
            County county = county(d, p.statesCounties(), item, report);
            Document doc = tx.documents().insert(new NewDocument(name, county, kind, d.round(), date, d.sourceFile(),
                    d.text(), parsed.units()));
            documentIds.put(index, doc.id());
            if (d.memo() != null) {
                tx.documents().setMemo(doc.id(), d.memo());
            }
            for (Map.Entry<String, String> a : d.attributes().entrySet()) {
                tx.documents().setAttribute(doc.id(), a.getKey(), a.getValue());
            }
            for (ImportedCoding c : d.codings()) {
                long coder = coderIds.computeIfAbsent(c.coder(), n -> createCoder(tx, n));
                var coding = tx.codings().insert(doc.id(), codeIds.get(c.codeGuid()), coder, c.start(), c.end());
                if (c.memo() != null) {
                    tx.codings().setMemo(coding.id(), c.memo());
                }
                codings++;
            }
            documents++;
        }
        storeSets(tx, p, documentIds, codeIds);
        return new int[] {documents, codeIds.size(), codings, coderIds.size()};
    }

    /**
     * The file's sets, each under a free name (a name taken by another set or a county group gets " (2)" …), with
     * the members that were imported. Each set is listed in the report.
     */
    private static void storeSets(UnitOfWork tx, ImportedProject p, Map<Integer, Long> documentIds, Map<String, Long> codeIds)
            throws StoreException {
        List<String> taken = new java.util.ArrayList<>();
        for (ImportedProject.ImportedSet s : p.sets()) {
            String name = SetActions.freeName(s.name(), taken);
            taken.add(name);
            List<Long> members = new java.util.ArrayList<>();
            if (s.kind() == ItemSet.Kind.DOCUMENTS) {
                s.documents().stream().map(documentIds::get).filter(java.util.Objects::nonNull).forEach(members::add);
            } else {
                s.codeGuids().stream().map(codeIds::get).filter(java.util.Objects::nonNull).forEach(members::add);
            }
            ItemSet set = tx.sets().create(s.kind(), name, s.description());
            tx.sets().add(s.kind(), set.id(), members);
            UserMessage item = UserMessage.of("refi.item.set", "Set \"{0}\"", s.name());
            p.report().note(item, s.kind() == ItemSet.Kind.DOCUMENTS
                    ? UserMessage.of("refi.note.documentSet", "imported as the document set \"{0}\" ({1} documents)",
                            name, members.size())
                    : UserMessage.of("refi.note.codeSet", "imported as the code set \"{0}\" ({1} codes)", name,
                            members.size()));
        }
    }

    private static long createCoder(UnitOfWork tx, String name) {
        try {
            return tx.coders().getOrCreate(name).id();
        } catch (StoreException e) {
            throw new IllegalStateException("the coder \"" + name + "\" could not be stored: " + e.getMessage(), e);
        }
    }

    private void insertCodes(UnitOfWork tx, List<CodebookEntry> entries, Long parent, Map<String, String> memos,
                             Map<String, Long> ids) throws StoreException {
        int order = 0;
        for (CodebookEntry e : entries) {
            Code code = tx.codes().insert(e.id(), parent, e.name(), e.nameEn(), e.description(), e.descriptionEn(),
                    e.color(), order++);
            ids.put(e.id(), code.id());
            String memo = memos.get(e.id());
            if (memo != null) {
                tx.codes().setMemo(code.id(), memo);
            }
            insertCodes(tx, e.children(), code.id(), memos, ids);
        }
    }

    /**
     * The county the file states (variable "Län"), else the one detected from the name and the text. A file that
     * uses the variable but not for this document says the county is unknown.
     */
    private static County county(ImportedDocument d, boolean statesCounties, UserMessage item, ImportReport report) {
        if (d.county() == null && statesCounties) {
            return null;
        }
        if (d.county() != null) {
            Optional<County> stated = StatedCounty.parse(d.county());
            if (stated.isPresent()) {
                return stated.get();
            }
            report.note(item, UserMessage.of("refi.note.unknownCounty", "the county \"{0}\" is not one of the 21 "
                    + "län; looked for it in the name and text instead", d.county()));
        }
        String fileName = d.sourceFile() != null ? d.sourceFile() : d.name();
        Optional<County> detected = CountyDetector.detect(fileName, d.text());
        if (detected.isPresent()) {
            report.note(item, UserMessage.of("refi.note.countyDetected", "county {0} found in its name or text (check it)",
                    detected.get().officialName()));
            return detected.get();
        }
        report.note(item, UserMessage.of("refi.note.noCounty", "no county found; the document is under \"Okänt län\""));
        return null;
    }

    private static void deleteQuietly(Path tmp) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + suffix));
            } catch (IOException ignored) {
                // a leftover hidden file is harmless; the target was not created
            }
        }
    }
}
