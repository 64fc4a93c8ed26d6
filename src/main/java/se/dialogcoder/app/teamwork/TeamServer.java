package se.dialogcoder.app.teamwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;
import se.dialogcoder.app.ServerAddress;
import se.dialogcoder.app.ServerLogin;
import se.dialogcoder.model.ProjectInfo;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;

/**
 * Setting up a team project on a PostgreSQL server and moving projects between a file and the server: {@code init}
 * (schema, group roles, row-level security), {@code addCoder}, {@code push} (a project file up, exactly),
 * {@code pull} (the server's project down into a new file) and {@code reveal}. Every password comes through the
 * {@link ServerLogin}; every failure names the server's address.
 */
public final class TeamServer {
    /** What a coder may do: {@code LEAD} the codebook, documents, coders and reveal; {@code CODER} own codings. */
    public enum Role {
        LEAD, CODER;

        /** "lead" or "coder", as on the command line. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a push or pull did: the project's name and what was copied. */
    public record Transfer(String project, ProjectCopy.Counts counts) {
    }

    private final ServerLogin login;

    public TeamServer(ServerLogin login) {
        this.login = Objects.requireNonNull(login);
    }

    /** Creates the team schema, its group roles and row-level security in the address's (empty) database. */
    public void init(ServerAddress address) throws StoreException {
        named(address, () -> login.connect(address, password -> {
            ProjectStores.initTeam(address, password);
            return null;
        }));
    }

    /**
     * Creates a coder's login role (and coder) with a role's rights; returns the role's name. {@code newPassword}
     * null: a role without a password (certificate or LDAP logins, or one set later with ALTER ROLE).
     */
    public String addCoder(ServerAddress address, String coder, Role role, char[] newPassword)
            throws StoreException {
        return named(address, () -> login.connect(address, password -> ProjectStores.addTeamCoder(address,
                password, coder, role == Role.LEAD,
                newPassword)));
    }

    /** Shows every coder's codings to everyone ({@code revealed}), or hides them again (blind coding). */
    public void reveal(ServerAddress address, boolean revealed) throws StoreException {
        named(address, () -> login.connect(address, password -> {
            ProjectStores.revealTeam(address, password, revealed);
            return null;
        }));
    }

    /**
     * Uploads a project file (opened read-only) into the address's database exactly ({@link ProjectCopy}), as one
     * unit of work. Refused when the server already holds a project with content.
     */
    public Transfer push(Path file, ServerAddress address) throws StoreException {
        try (Project source = ProjectStores.openReadOnly(file)) {
            ProjectInfo info = source.info();
            try (Project target = named(address, () -> login.connect(address,
                    password -> createOrEmpty(address, password, info)))) {
                return new Transfer(info.name(), named(address, () -> ProjectCopy.copy(source, target)));
            }
        }
    }

    /**
     * Writes what the connected role may see of the server's project into a new project file (never over an
     * existing one): a blind coder gets only their own codings. The file records where it came from, the coder it
     * was pulled as and that coder's codings as pulled, for {@link #sync}. A failure leaves no file behind.
     */
    public Transfer pull(ServerAddress address, Path out) throws StoreException {
        if (Files.exists(out)) {
            throw new StoreException(UserMessage.of("err.project.exists",
                    "{0}: a file of that name already exists; choose another name.", out.getFileName().toString()));
        }
        try (Project source = named(address, () -> login.connect(address,
                password -> ProjectStores.open(address, password, true)))) {
            ProjectInfo info = named(address, source::info);
            Project target = ProjectStores.create(out, info.name(), info.round());
            boolean done = false;
            try {
                ProjectCopy.Counts counts = named(address, () -> ProjectCopy.copy(source, target));
                String coder = source.store().connectedCoder().orElse(null);
                target.write(tx -> {
                    TeamSync.recordPull(tx, address.toString(), info.id(), coder);
                    return null;
                });
                done = true;
                return new Transfer(info.name(), counts);
            } finally {
                target.close();
                if (!done) {
                    deleteQuietly(out);
                }
            }
        }
    }

    /**
     * Sends the own work of the coder a copy was pulled as back to the server it came from ({@code address} null)
     * or to {@code address} (a moved server), in one server transaction; see {@link TeamSync}.
     */
    public SyncReport sync(Path copy, ServerAddress address) throws StoreException {
        return new TeamSync(login).sync(copy, address);
    }

    /**
     * A new project on the server, or the empty one an interrupted push left (it holds no documents, codes or
     * codings: the copy fills it); a project with content is refused, naming what it holds.
     */
    private static Project createOrEmpty(ServerAddress address, String password, ProjectInfo info)
            throws StoreException {
        try {
            return ProjectStores.create(address, password, info.name(), info.round());
        } catch (StoreException notCreated) {
            Project existing;
            try {
                existing = ProjectStores.open(address, password, false);
            } catch (StoreException notOpened) {
                throw notCreated;
            }
            try {
                Project.Overview o = existing.overview(false, null);
                if (o.documents().isEmpty() && o.codes().isEmpty() && o.codings() == 0 && o.sets().isEmpty()) {
                    return existing;
                }
                throw new StoreException(UserMessage.of("err.server.holdsProject", "{0} already holds the project "
                        + "\"{1}\" ({2,number,#} documents, {3,number,#} codings); nothing was pushed. "
                        + "Push into a new database, or pull this one.", address.toString(), o.info().name(),
                        o.documents().size(), o.codings()));
            } catch (StoreException | RuntimeException e) {
                existing.close();
                throw e;
            }
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
        }
    }

    @FunctionalInterface
    interface Step<T> {
        T run() throws StoreException;
    }

    /** Runs a step; a failure whose words do not name the server gets the address put in front. */
    static <T> T named(ServerAddress address, Step<T> step) throws StoreException {
        try {
            return step.run();
        } catch (StoreException e) {
            String where = address.host() + ":" + address.port() + "/" + address.database();
            if (String.valueOf(e.getMessage()).contains(where)) {
                throw e;
            }
            throw new StoreException(UserMessage.of("err.server.failed", "{0}: {1}", address.toString(),
                    e.userMessage()), e);
        }
    }
}
