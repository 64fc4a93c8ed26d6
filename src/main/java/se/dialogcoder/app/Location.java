package se.dialogcoder.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a project is: a project file, or a team project on a PostgreSQL server ({@code postgresql://…}). Everything
 * that takes a project — every command's PROJECT, the window's Arkiv → Öppna — takes a location.
 */
public sealed interface Location permits Location.File, Location.Server {
    /** A project file. */
    record File(Path path) implements Location {
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A team project on a server. */
    record Server(ServerAddress address) implements Location {
        @Override
        public String toString() {
            return address.toString();
        }
    }

    /** A {@code postgresql://} address is a server, anything else a file path; a bad address is refused. */
    static Location parse(String text) {
        return ServerAddress.isServer(text) ? new Server(ServerAddress.parse(text)) : new File(Path.of(text));
    }

    static Location of(Path file) {
        return new File(file);
    }

    /** The project file, when it is one. */
    default Optional<Path> file() {
        return this instanceof File f ? Optional.of(f.path()) : Optional.empty();
    }

    /** A short name for messages: the file name, or the database and host. */
    default String shortName() {
        if (this instanceof File f) {
            Path name = f.path().getFileName();
            return name == null ? f.path().toString() : name.toString();
        }
        ServerAddress a = ((Server) this).address();
        return a.database() + " (" + a.host() + ")";
    }
}
