package se.dialogcoder.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.dialogcoder.model.CodebookEntry;

/**
 * Our JSON codebook format ({@code "format": "dialogcoder-codebook"}): a tree of codes with Swedish and English
 * names and descriptions and a colour. Read and written with Jackson.
 */
public final class CodebookJson {
    public static final String FORMAT = "dialogcoder-codebook";
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String DEFAULT_COLOR = "#999999";
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A codebook: its name and its top-level codes. */
    public record Codebook(String name, String nameEn, List<CodebookEntry> codes) {
        public Codebook {
            codes = List.copyOf(codes);
        }

        public int size() {
            return count(codes);
        }

        private static int count(List<CodebookEntry> entries) {
            int n = 0;
            for (CodebookEntry e : entries) {
                n += 1 + count(e.children());
            }
            return n;
        }
    }

    /** The codebook shipped with DialogCoder, derived from the 2025 lägesrapport and the national strategy. */
    public Codebook defaultCodebook() {
        try (InputStream in = CodebookJson.class.getResourceAsStream("/codebook/default-codebook.json")) {
            if (in == null) {
                throw new IllegalStateException("the default codebook is missing from the application");
            }
            return parse(mapper.readTree(in), "default-codebook.json");
        } catch (IOException | CodebookException e) {
            throw new IllegalStateException("the default codebook cannot be read: " + e.getMessage(), e);
        }
    }

    public Codebook read(Path file) throws CodebookException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > 16L * 1024 * 1024) {
                throw new CodebookException(name + ": the file is too large for a codebook (over 16 MiB).");
            }
            return parse(mapper.readTree(file.toFile()), name);
        } catch (JsonProcessingException e) {
            throw new CodebookException(name + ": not valid JSON (line " + e.getLocation().getLineNr() + ").", e);
        } catch (IOException e) {
            throw new CodebookException(name + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private Codebook parse(JsonNode root, String fileName) throws CodebookException {
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new CodebookException(fileName + ": not a DialogCoder codebook (\"format\": \"" + FORMAT
                    + "\" is missing).");
        }
        JsonNode codes = root.path("codes");
        if (!codes.isArray()) {
            throw new CodebookException(fileName + ": the codebook has no \"codes\" list.");
        }
        return new Codebook(root.path("name").path("sv").asText(null), root.path("name").path("en").asText(null),
                entries(codes, fileName, 0));
    }

    private List<CodebookEntry> entries(JsonNode array, String fileName, int depth) throws CodebookException {
        if (depth > 20) {
            throw new CodebookException(fileName + ": the code tree is nested too deep.");
        }
        List<CodebookEntry> out = new ArrayList<>();
        for (JsonNode n : array) {
            String sv = n.path("name").isTextual() ? n.path("name").asText() : n.path("name").path("sv").asText("");
            if (sv.isBlank()) {
                throw new CodebookException(fileName + ": a code has no Swedish name (\"name\": {\"sv\": …}).");
            }
            String color = n.path("color").asText(DEFAULT_COLOR);
            if (!COLOR.matcher(color).matches()) {
                color = DEFAULT_COLOR;
            }
            out.add(new CodebookEntry(n.path("id").asText(null), sv.strip(), n.path("name").path("en").asText(null),
                    n.path("description").path("sv").asText(null), n.path("description").path("en").asText(null),
                    color.toUpperCase(java.util.Locale.ROOT), entries(n.path("children"), fileName, depth + 1)));
        }
        return out;
    }

    public void write(Codebook codebook, Path file) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ObjectNode name = root.putObject("name");
        name.put("sv", codebook.name());
        name.put("en", codebook.nameEn());
        writeEntries(root.putArray("codes"), codebook.codes());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        mapper.writeValue(tmp.toFile(), root);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeEntries(ArrayNode array, List<CodebookEntry> entries) {
        for (CodebookEntry e : entries) {
            ObjectNode n = array.addObject();
            n.put("id", e.id());
            ObjectNode name = n.putObject("name");
            name.put("sv", e.name());
            name.put("en", e.nameEn());
            ObjectNode description = n.putObject("description");
            description.put("sv", e.description());
            description.put("en", e.descriptionEn());
            n.put("color", e.color());
            writeEntries(n.putArray("children"), e.children());
        }
    }
}
