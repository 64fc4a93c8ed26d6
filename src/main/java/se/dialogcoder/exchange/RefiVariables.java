package se.dialogcoder.exchange;

import java.util.List;

/**
 * The REFI-QDA variables DialogCoder writes for its own document fields. Cases are the counties, each with the
 * Text variable {@value #COUNTY}, which every source of a county also carries itself; the other fields are Text
 * variables on the sources. Free document attributes are
 * written as Text variables under their own names.
 */
final class RefiVariables {
    static final String COUNTY = "Län";
    static final String ROUND = "Omgång";
    static final String DATE = "Dialogdatum";
    static final String KIND = "Dokumenttyp";
    static final String SOURCE_FILE = "Källfil";
    /** Source attribute DialogCoder gives a document that belonged to a case other than a county. */
    static final String CASE = "Fall";

    /** The fields in the order they are declared, with a description each. */
    static final List<String[]> BUILT_IN = List.of(
            new String[] {COUNTY, "The county (län) the dialogue was held with, on each document and on the "
                    + "county's case."},
            new String[] {ROUND, "The dialogue round, e.g. 2025."},
            new String[] {DATE, "The date of the dialogue, yyyy-mm-dd."},
            new String[] {KIND, "transcript (speaker turns) or notes."},
            new String[] {SOURCE_FILE, "The name of the file the document was imported from."});

    private RefiVariables() {
    }

    static boolean isBuiltIn(String name) {
        for (String[] v : BUILT_IN) {
            if (v[0].equalsIgnoreCase(name.strip())) {
                return true;
            }
        }
        return false;
    }
}
