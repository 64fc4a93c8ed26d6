package se.dialogcoder.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import se.dialogcoder.model.UserMessage;

/**
 * Where a team project lives: {@code postgresql://HOST[:PORT]/DATABASE[?user=ROLE&sslmode=…&sslrootcert=…]}, the
 * form libpq and agency IT use. A password in the address is refused (it would end up in shell histories, settings
 * and window titles): passwords come from {@code PGPASSWORD}, {@code ~/.pgpass} or a prompt.
 *
 * @param host the server's host name or address
 * @param port the port (5432 when not given)
 * @param database the database that holds the project
 * @param user the role to connect as, or null for the login name
 * @param options the other query parameters (sslmode, sslrootcert, sslcert, sslkey …), passed on to the driver
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> options) {
    public ServerAddress {
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** True when the location names a server rather than a project file. */
    public static boolean isServer(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://");
    }

    /** Parses an address; a malformed one or one with a password is refused with a message naming it. */
    public static ServerAddress parse(String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw invalid(location, e.getReason());
        }
        if (!isServer(location) || uri.getHost() == null) {
            throw invalid(location, "expected postgresql://HOST:PORT/DATABASE?user=ROLE");
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new InvalidInputException(UserMessage.of("err.server.passwordInUrl", "{0}: a password does not "
                    + "belong in the address; set PGPASSWORD, use ~/.pgpass or type it when asked.",
                    shownWithout(uri)));
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) {
            throw invalid(location, "the address must name one database (postgresql://HOST:PORT/DATABASE)");
        }
        Map<String, String> options = new LinkedHashMap<>();
        String user = uri.getRawUserInfo() == null ? null : decode(uri.getRawUserInfo());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("password")) {
                    throw new InvalidInputException(UserMessage.of("err.server.passwordInUrl", "{0}: a password does "
                            + "not belong in the address; set PGPASSWORD, use ~/.pgpass or type it when asked.",
                            shownWithout(uri)));
                }
                if (key.equals("user")) {
                    user = value;
                } else {
                    options.put(key, value);
                }
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), decode(path), user, options);
    }

    /** The driver's URL: {@code jdbc:postgresql://host:port/db?sslmode=…} (user and password go separately). */
    public String jdbcUrl() {
        StringBuilder b = new StringBuilder("jdbc:postgresql://").append(hostPart()).append(':').append(port)
                .append('/').append(encode(database));
        char sep = '?';
        for (Map.Entry<String, String> e : options.entrySet()) {
            b.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return b.toString();
    }

    /** The address as the user gave it (never with a password): for titles, messages and the recent list. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("postgresql://").append(hostPart()).append(':').append(port).append('/')
                .append(database);
        char sep = '?';
        if (user != null) {
            b.append(sep).append("user=").append(user);
            sep = '&';
        }
        for (Map.Entry<String, String> e : options.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return b.toString();
    }

    private String hostPart() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String shownWithout(URI uri) {
        return "postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getPath() == null ? "" : uri.getPath());
    }

    private static InvalidInputException invalid(String location, String reason) {
        String shown = location.replaceFirst("//[^@/]*@", "//");
        return new InvalidInputException(UserMessage.of("err.server.badAddress", "{0} is not a server address ({1}).",
                shown, reason));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
