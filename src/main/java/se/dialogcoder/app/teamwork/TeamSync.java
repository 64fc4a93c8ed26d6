package se.dialogcoder.app.teamwork;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.app.teamwork.SyncReport.Conflict;
import se.dialogcoder.app.teamwork.SyncReport.Kind;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.PulledCopy;
import se.dialogcoder.store.PulledCopy.Entry;
import se.dialogcoder.store.PulledCopy.Origin;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * {@code server sync}: sends one coder's own work done offline in a pulled copy back to the team server, in one
 * server transaction. The copy records where it came from and the coder's codings as pulled (the baseline, see
 * {@link PulledCopy}); codings are matched by document content hash, code uid and range, never by row ids.
 *
 * <ul>
 *   <li>a coding in the copy, not in the baseline: inserted (with its time and memo);</li>
 *   <li>in the baseline, not in the copy: deleted on the server, only when the server's coding is still as pulled
 *       (same time and memo), else a conflict;</li>
 *   <li>in both with another memo in the copy: the server's memo is replaced, only when it is still as pulled, else
 *       a conflict (the copy's memo is not sent; both texts stay where they are).</li>
 * </ul>
 * Afterwards an entry of the baseline is the server's coding where the copy and the server now agree; where they
 * do not (a conflict, or a change on the server the copy has not seen), the entry stays as it was, so a conflict is
 * found again by the next sync and a change made on the server is never undone by it. A second sync therefore sends
 * nothing. Codings made on the server are not brought into the copy (pull a new copy for that).
 */
public final class TeamSync {
    /** A coding named without row ids: document content hash, code uid, range. */
    record Key(String documentHash, String codeUid, int start, int end) {
        static Key of(Entry e) {
            return new Key(e.documentHash(), e.codeUid(), e.start(), e.end());
        }
    }

    /** One coding of the coder on one side. */
    record Item(long id, String createdAt, String memo, String document, String code) {
    }

    private final ServerLogin login;

    public TeamSync(ServerLogin login) {
        this.login = Objects.requireNonNull(login);
    }

    /**
     * Sends the copy's coder's own work to the server the copy came from ({@code address} null), or to
     * {@code address} (a moved server; it is recorded for the next sync). Refused, with nothing changed anywhere,
     * when the file is no pulled copy, the server holds another project, or the connected role is not the copy's
     * coder.
     */
    public SyncReport sync(Path file, ServerAddress address) throws StoreException {
        try (Project copy = ProjectStores.open(file)) {
            String name = copy.displayName();
            Origin origin = copy.read(tx -> tx.pulledCopy().origin()).orElseThrow(() -> new StoreException(
                    UserMessage.of("err.sync.notPulled", "{0} was not pulled from a team server (server pull), so "
                            + "there is nothing to sync it with; nothing was changed.", name)));
            if (origin.coder() == null) {
                throw new StoreException(UserMessage.of("err.sync.noCoder", "{0} was pulled by the database''s "
                        + "owner, who codes as no coder; only a copy pulled by a lead or coder can be synced. "
                        + "Nothing was changed.", name));
            }
            ServerAddress server = address != null ? address : ServerAddress.parse(origin.server());
            Map<Key, Item> mine = copy.read(tx -> codingsOf(tx, origin.coder()));
            Map<Key, Entry> baseline = new LinkedHashMap<>();
            for (Entry e : copy.read(tx -> tx.pulledCopy().baseline())) {
                baseline.put(Key.of(e), e);
            }
            Outcome outcome;
            try (Project team = TeamServer.named(server, () -> login.connect(server,
                    password -> ProjectStores.open(server, password, false)))) {
                String uuid = TeamServer.named(server, team::info).id();
                if (!uuid.equals(origin.projectUuid())) {
                    throw new StoreException(UserMessage.of("err.sync.otherProject", "{0} holds another project "
                            + "than the one {1} was pulled from; nothing was changed.", server.toString(), name));
                }
                Optional<String> connected = team.store().connectedCoder();
                if (connected.isEmpty() || !connected.get().equals(origin.coder())) {
                    throw new StoreException(UserMessage.of("err.sync.otherCoder", "{0} was pulled as {1}, but "
                            + "{2} connects as {3}; connect as {1}''s role to send their work. Nothing was changed.",
                            name, origin.coder(), server.toString(), connected.orElse(ServerLogin.role(server))));
                }
                outcome = TeamServer.named(server, () -> team.write(tx -> send(tx, origin.coder(), mine,
                        baseline)));
            }
            Origin synced = new Origin(server.toString(), origin.projectUuid(), origin.pulledAt(), origin.coder(),
                    Instant.now().toString());
            copy.write(tx -> {
                tx.pulledCopy().record(synced, outcome.baseline());
                return null;
            });
            List<Conflict> conflicts = new ArrayList<>(outcome.conflicts());
            conflicts.sort(Comparator.comparing(Conflict::document).thenComparingInt(Conflict::start)
                    .thenComparingInt(Conflict::end).thenComparing(Conflict::code));
            return new SyncReport(copy.info().name(), name, server.toString(), origin.coder(), outcome.inserted(),
                    outcome.deleted(), outcome.memos(), conflicts);
        }
    }

    /** The origin and baseline of a copy just pulled as {@code coder} (null: the database's owner, no coder). */
    static void recordPull(UnitOfWork copy, String server, String projectUuid, String coder) throws StoreException {
        List<Entry> baseline = new ArrayList<>();
        if (coder != null) {
            for (Map.Entry<Key, Item> e : codingsOf(copy, coder).entrySet()) {
                baseline.add(entry(e.getKey(), e.getValue()));
            }
        }
        copy.pulledCopy().record(new Origin(server, projectUuid, Instant.now().toString(), coder, null), baseline);
    }

    private record Outcome(int inserted, int deleted, int memos, List<Conflict> conflicts, List<Entry> baseline) {
    }

    /** The sync on the server, inside its one transaction. */
    private static Outcome send(UnitOfWork tx, String coder, Map<Key, Item> mine, Map<Key, Entry> baseline)
            throws StoreException {
        Long coderId = coderId(tx, coder);
        if (coderId == null) {
            throw new StoreException(UserMessage.of("err.sync.noCoderOnServer", "The server''s project has no coder "
                    + "named {0}; nothing was changed.", coder));
        }
        Map<String, Long> documents = new HashMap<>();
        for (Document d : tx.documents().list()) {
            documents.putIfAbsent(d.contentHash(), d.id());
        }
        Map<String, Long> codes = new HashMap<>();
        for (Code c : tx.codes().list()) {
            codes.put(c.uid(), c.id());
        }
        Map<Key, Item> server = codingsOf(tx, coderId);
        Set<Key> keys = new LinkedHashSet<>(baseline.keySet());
        keys.addAll(mine.keySet());
        int inserted = 0;
        int deleted = 0;
        int memos = 0;
        List<Conflict> conflicts = new ArrayList<>();
        for (Key k : keys) {
            Entry b = baseline.get(k);
            Item c = mine.get(k);
            Item s = server.get(k);
            Kind gone = !documents.containsKey(k.documentHash()) ? Kind.DOCUMENT_GONE
                    : !codes.containsKey(k.codeUid()) ? Kind.CODE_GONE : null;
            if (c != null && b == null) { // made in the copy
                if (s == null && gone == null) {
                    Coding added = tx.codings().insertCopy(documents.get(k.documentHash()), codes.get(k.codeUid()),
                            coderId, k.start(), k.end(), c.createdAt(), c.memo());
                    server.put(k, new Item(added.id(), added.createdAt(), c.memo(), c.document(), c.code()));
                    inserted++;
                } else if (s == null) {
                    conflicts.add(conflict(k, c, gone));
                } else if (!Objects.equals(s.memo(), c.memo())) {
                    conflicts.add(conflict(k, c, Kind.CODED_ON_BOTH));
                }
            } else if (c != null) { // pulled, still in the copy
                boolean memoChanged = !Objects.equals(hash(c.memo()), b.memoHash());
                if (s == null) {
                    if (gone != null) {
                        conflicts.add(conflict(k, c, gone));
                    } else if (memoChanged) {
                        conflicts.add(conflict(k, c, Kind.DELETED_ON_SERVER));
                    }
                } else if (memoChanged && !Objects.equals(s.memo(), c.memo())) {
                    if (Objects.equals(hash(s.memo()), b.memoHash())) {
                        tx.codings().setMemo(s.id(), c.memo());
                        server.put(k, new Item(s.id(), s.createdAt(), c.memo(), s.document(), s.code()));
                        memos++;
                    } else {
                        conflicts.add(conflict(k, c, Kind.MEMO_CHANGED_ON_BOTH));
                    }
                }
            } else if (s != null) { // deleted in the copy, still on the server
                if (s.createdAt().equals(b.createdAt()) && Objects.equals(hash(s.memo()), b.memoHash())) {
                    tx.codings().delete(s.id());
                    server.remove(k);
                    deleted++;
                } else {
                    conflicts.add(conflict(k, s, Kind.CHANGED_ON_SERVER));
                }
            }
        }
        List<Entry> next = new ArrayList<>();
        for (Key k : keys) {
            Item c = mine.get(k);
            Item s = server.get(k);
            if (c != null && s != null && Objects.equals(c.memo(), s.memo())) {
                next.add(entry(k, s));
            } else if ((c != null || s != null) && baseline.containsKey(k)) {
                next.add(baseline.get(k));
            }
        }
        return new Outcome(inserted, deleted, memos, conflicts, next);
    }

    private static Conflict conflict(Key k, Item item, Kind kind) {
        return new Conflict(item.document(), item.code(), k.start(), k.end(), kind);
    }

    private static Entry entry(Key k, Item item) {
        return new Entry(k.documentHash(), k.codeUid(), k.start(), k.end(), item.createdAt(), hash(item.memo()));
    }

    private static Long coderId(UnitOfWork tx, String coder) throws StoreException {
        for (Coder c : tx.coders().list()) {
            if (c.name().equals(coder)) {
                return c.id();
            }
        }
        return null;
    }

    /** The coder's codings by key (none when the project has no coder of that name). */
    static Map<Key, Item> codingsOf(UnitOfWork tx, String coder) throws StoreException {
        Long id = coderId(tx, coder);
        return id == null ? new LinkedHashMap<>() : codingsOf(tx, id);
    }

    private static Map<Key, Item> codingsOf(UnitOfWork tx, long coderId) throws StoreException {
        Map<Long, Document> documents = new HashMap<>();
        for (Document d : tx.documents().list()) {
            documents.put(d.id(), d);
        }
        Map<Long, String> uids = new HashMap<>();
        for (Code c : tx.codes().list()) {
            uids.put(c.id(), c.uid());
        }
        Map<Long, String> paths = tx.codes().paths();
        Map<Long, String> memos = tx.codings().memos();
        Map<Key, Item> out = new LinkedHashMap<>();
        for (Coding c : tx.codings().byCoders(List.of(coderId))) {
            Document d = documents.get(c.documentId());
            Key k = new Key(d.contentHash(), uids.get(c.codeId()), c.start(), c.end());
            out.putIfAbsent(k, new Item(c.id(), c.createdAt(), memo(memos.get(c.id())), d.name(),
                    paths.get(c.codeId())));
        }
        return out;
    }

    /** A memo as compared: an empty memo is none. */
    private static String memo(String memo) {
        return memo == null || memo.isEmpty() ? null : memo;
    }

    /** SHA-256 (hex) of a memo, null for none. */
    static String hash(String memo) {
        if (memo == null || memo.isEmpty()) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(memo.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
