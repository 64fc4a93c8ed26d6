package se.dialogcoder.store.postgres;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.County;

/** Turns a {@link CodingFilter} into SQL conditions with their parameters (the same conditions as SQLite's). */
final class PgFilters {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    /** Conditions on the documents (alias {@code d}): county, kind, round, document sets, attributes. */
    PgFilters documents(CodingFilter f, String d) {
        if (!f.counties().isEmpty() || f.unknownCounty()) {
            List<String> parts = new ArrayList<>();
            if (!f.counties().isEmpty()) {
                List<String> codes = f.counties().stream().map(County::code).sorted().toList();
                parts.add(d + ".county IN (" + marks(codes) + ")");
            }
            if (f.unknownCounty()) {
                parts.add(d + ".county IS NULL");
            }
            sql.append(" AND (").append(String.join(" OR ", parts)).append(')');
        }
        if (f.kind() != null) {
            sql.append(" AND ").append(d).append(".kind = ?");
            params.add(f.kind().id());
        }
        if (f.round() != null) {
            sql.append(" AND ").append(d).append(".round = ?");
            params.add(f.round());
        }
        if (!f.documentSets().isEmpty()) {
            sql.append(" AND ").append(d).append(".id IN (SELECT sm.document_id FROM document_set_member sm WHERE "
                    + "sm.set_id IN (").append(marks(f.documentSets().stream().sorted().toList())).append("))");
        }
        for (Map.Entry<String, String> a : f.attributes().entrySet()) {
            sql.append(" AND EXISTS (SELECT 1 FROM attribute a WHERE a.document_id = ").append(d)
                    .append(".id AND a.name = ? AND a.value = ?)");
            params.add(a.getKey());
            params.add(a.getValue());
        }
        return this;
    }

    /**
     * The county, kind and round conditions of a filter on the strata of the totals (columns {@code county},
     * {@code kind}, {@code round}, where '' stands for an unknown county or no round).
     */
    PgFilters strata(CodingFilter f) {
        if (!f.counties().isEmpty() || f.unknownCounty()) {
            List<String> codes = new ArrayList<>(f.counties().stream().map(County::code).sorted().toList());
            if (f.unknownCounty()) {
                codes.add("");
            }
            sql.append(" AND county IN (").append(marks(codes)).append(')');
        }
        if (f.kind() != null) {
            sql.append(" AND kind = ?");
            params.add(f.kind().id());
        }
        if (f.round() != null) {
            sql.append(" AND round = ?");
            params.add(f.round());
        }
        return this;
    }

    /** Conditions on the codings (alias {@code c}): codes, code sets and coders. */
    PgFilters codings(CodingFilter f, String c) {
        if (!f.codeIds().isEmpty()) {
            sql.append(" AND ").append(c).append(".code_id IN (").append(marks(f.codeIds().stream().sorted().toList()))
                    .append(')');
        }
        if (!f.codeSets().isEmpty()) {
            sql.append(" AND ").append(c).append(".code_id IN (SELECT cm.code_id FROM code_set_member cm WHERE "
                    + "cm.set_id IN (").append(marks(f.codeSets().stream().sorted().toList())).append("))");
        }
        if (!f.coders().isEmpty()) {
            sql.append(" AND ").append(c).append(".coder_id IN (SELECT id FROM coder WHERE name IN (")
                    .append(marks(f.coders().stream().sorted().toList())).append("))");
        }
        return this;
    }

    /** The documents of the filter as a condition on a document id column. */
    PgFilters documentIdIn(CodingFilter f, String idColumn) {
        if (f.restrictsDocuments()) {
            sql.append(" AND ").append(idColumn).append(" IN (SELECT dd.id FROM document dd WHERE 1 = 1");
            documents(f, "dd");
            sql.append(')');
        }
        return this;
    }

    private String marks(Collection<?> values) {
        params.addAll(values);
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /** The conditions, each starting with {@code AND}. */
    String sql() {
        return sql.toString();
    }

    Object[] params() {
        return params.toArray();
    }
}
