package se.dialogcoder.app.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The export formats known to this build, by id, in the order they were registered. */
public final class ExportFormats {
    private final Map<String, Exporter> byId = new LinkedHashMap<>();

    public ExportFormats(List<Exporter> exporters) {
        for (Exporter e : exporters) {
            if (byId.putIfAbsent(e.format().toLowerCase(Locale.ROOT), e) != null) {
                throw new IllegalArgumentException("two exporters for the format " + e.format());
            }
        }
    }

    public Optional<Exporter> find(String format) {
        return format == null ? Optional.empty() : Optional.ofNullable(byId.get(format.toLowerCase(Locale.ROOT)));
    }

    public List<Exporter> all() {
        return List.copyOf(byId.values());
    }

    /** The ids joined for messages, e.g. "qdpx, qdc, json". */
    public String ids() {
        return String.join(", ", byId.keySet());
    }
}
