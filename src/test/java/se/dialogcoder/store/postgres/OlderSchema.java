package se.dialogcoder.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Takes a project database back to schema version 3 (before the totals), as an older DialogCoder left it. */
public final class OlderSchema {
    private OlderSchema() {
    }

    /** Removes what V4.sql and later added; run as the tables' owner or a superuser. */
    public static void backToVersion3(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE coding_total, coding_pair_total, coding_total_part, coding_pair_part, "
                    + "coding_total_dirty, coding_total_fold");
            for (String trigger : List.of("coding_total_on_insert ON coding", "coding_total_on_delete ON coding",
                    "coding_total_on_update ON coding", "coding_total_on_document ON document",
                    "coding_total_on_unit_insert ON text_unit", "coding_total_on_unit_delete ON text_unit",
                    "coding_total_on_unit_update ON text_unit", "coding_total_on_code ON code")) {
                s.executeUpdate("DROP TRIGGER " + trigger);
            }
            s.executeUpdate("DROP FUNCTION dialogcoder_fold_totals, dialogcoder_note_codings, "
                    + "dialogcoder_note_document_strata, dialogcoder_note_units, dialogcoder_note_code_moves, "
                    + "dialogcoder_note_documents, dialogcoder_note_coded, dialogcoder_code_parts, "
                    + "dialogcoder_pair_parts, dialogcoder_covered, dialogcoder_totals_pending, dialogcoder_focus, "
                    + "dialogcoder_request_fold");
            s.executeUpdate("DROP TABLE IF EXISTS suggestion_accepted");
            s.executeUpdate("DROP TABLE IF EXISTS search_word");
            s.executeUpdate("DELETE FROM schema_version WHERE version >= 4");
        }
    }
}
