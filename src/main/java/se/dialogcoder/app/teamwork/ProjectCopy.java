package se.dialogcoder.app.teamwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.dialogcoder.app.Project;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.Pseudonyms;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Copies a whole project into another, empty one, exactly, through the store contract only (so between any two
 * engines: a project file to a server and back). Copied: the project's name, round and memo; every document with its text, units, county, kind, round, date, source
 * file, attributes and memo (the content hash is checked to be unchanged); the codebook with uids, names,
 * descriptions, colours, order and memos; the coders; every coding with its coder, creation time and memo; the
 * document and code sets with their members in order; the pseudonym records. Not copied: row ids, the project's id
 * and creation time, the documents' import times (the target's own).
 *
 * <p>It reads the source in one snapshot and writes the target in one unit of work: a failure leaves the target
 * as empty as it was. What the source lets the connected role see is what is copied: a blind coder's view of a
 * server project holds only that coder's codings and memos.
 */
public final class ProjectCopy {
    /** What was copied. */
    public record Counts(int documents, int codes, int coders, int codings, int sets, int memos, int pseudonyms) {
    }

    private ProjectCopy() {
    }

    /** Copies {@code from} into {@code to}, which must hold no documents, codes, codings or sets. */
    public static Counts copy(Project from, Project to) throws StoreException {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        return to.write(target -> from.read(source -> {
            check(target, to.displayName());
            return copy(source, target);
        }));
    }

    /** The target must hold no documents, codes, codings or sets. */
    private static void check(UnitOfWork target, String targetName) throws StoreException {
        if (!target.documents().list().isEmpty() || target.codes().count() > 0 || target.codings().count() > 0
                || !target.sets().list().isEmpty()) {
            throw new StoreException(UserMessage.of("err.copy.notEmpty", "{0} already holds documents, codes or "
                    + "codings; a project is copied only into an empty one. Nothing was copied.", targetName));
        }
    }

    private static Counts copy(UnitOfWork s, UnitOfWork t) throws StoreException {
        int memos = 0;
        ProjectInfo info = s.project().info();
        ProjectInfo theirs = t.project().info();
        if (!info.name().equals(theirs.name())) {
            t.project().rename(info.name());
        }
        if (!Objects.equals(info.round(), theirs.round())) {
            t.project().setRound(info.round());
        }
        String projectMemo = s.project().memo();
        if (projectMemo != null) {
            t.project().setMemo(projectMemo);
            memos++;
        }

        Map<Long, Long> documents = new HashMap<>();
        for (Document d : s.documents().list()) {
            Document added = t.documents().insert(new NewDocument(d.name(), d.county(), d.kind(), d.round(),
                    d.dialogueDate(), d.sourceFile(), s.documents().text(d.id()), s.documents().units(d.id())));
            if (!Objects.equals(added.contentHash(), d.contentHash())) {
                throw new StoreException(UserMessage.of("err.copy.changed", "The document {0} would not be copied "
                        + "exactly (its text changed on the way); nothing was copied.", d.name()));
            }
            documents.put(d.id(), added.id());
            for (Map.Entry<String, String> a : s.documents().attributes(d.id()).entrySet()) {
                t.documents().setAttribute(added.id(), a.getKey(), a.getValue());
            }
            String memo = s.documents().memo(d.id());
            if (memo != null) {
                t.documents().setMemo(added.id(), memo);
                memos++;
            }
        }

        Map<Long, Long> codes = new HashMap<>();
        Map<Long, String> codeMemos = s.codes().memos();
        for (Code c : s.codes().list()) { // parents before children
            Long parent = c.parentId() == null ? null : codes.get(c.parentId());
            Code added = t.codes().insert(c.uid(), parent, c.name(), c.nameEn(), c.description(), c.descriptionEn(),
                    c.color(), c.sortOrder());
            codes.put(c.id(), added.id());
            String memo = codeMemos.get(c.id());
            if (memo != null) {
                t.codes().setMemo(added.id(), memo);
                memos++;
            }
        }

        Map<Long, Long> coders = new HashMap<>();
        for (Coder c : s.coders().list()) {
            coders.put(c.id(), t.coders().getOrCreate(c.name()).id());
        }

        Map<Long, String> codingMemos = s.codings().memos();
        List<Coding> codings = s.codings().all();
        for (Coding c : codings) {
            t.codings().insertCopy(documents.get(c.documentId()), codes.get(c.codeId()), coders.get(c.coderId()),
                    c.start(), c.end(), c.createdAt(), codingMemos.get(c.id()));
        }
        memos += (int) codings.stream().filter(c -> codingMemos.get(c.id()) != null).count();

        List<ItemSet> sets = s.sets().list();
        for (ItemSet set : sets) {
            Map<Long, Long> ids = set.isDocumentSet() ? documents : codes;
            ItemSet added = t.sets().create(set.kind(), set.name(), set.description());
            List<Long> members = new ArrayList<>();
            for (Long m : set.members()) {
                members.add(ids.get(m));
            }
            t.sets().add(set.kind(), added.id(), members);
        }

        List<Pseudonyms.Entry> pseudonyms = s.pseudonyms().all();
        for (Pseudonyms.Entry p : pseudonyms) { // numbers are given in order, 1, 2, 3 … per kind
            int number = t.pseudonyms().add(p.kind(), p.valueHash(), p.keyId());
            if (number != p.number()) {
                throw new IllegalStateException("pseudonym " + p.kind() + " " + p.number() + " would become "
                        + number);
            }
        }
        return new Counts(documents.size(), codes.size(), coders.size(), codings.size(), sets.size(), memos,
                pseudonyms.size());
    }
}
