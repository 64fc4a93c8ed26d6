package se.dialogcoder.cli;

import picocli.CommandLine.Option;
import se.dialogcoder.model.WordForms;

/** Which other forms of the query's words match: shared by search and autocode. */
final class WordFormOptions {
    @Option(names = "--stem", description = "All inflections (\"alla böjningsformer\"): each word also matches its "
            + "other forms in the project (Snowball Swedish stems): handlingsplan finds handlingsplanen, handlingsplaner, "
            + "handlingsplanerna.")
    boolean stem;

    @Option(names = "--compounds", description = "Compound parts (\"sammansättningar\"): each word also matches the "
            + "compounds it is a part of, split by the Swedish word list that ships with DialogCoder: plan finds "
            + "handlingsplan and länsplan, not planera (see docs/compound-search.md).")
    boolean compounds;

    WordForms forms() {
        return new WordForms(stem, compounds);
    }

    /** " (all inflections, compound parts)" for the summary line; "" when exact. */
    String described() {
        if (!stem && !compounds) {
            return "";
        }
        return " (" + (stem ? "all inflections" : "") + (stem && compounds ? ", " : "")
                + (compounds ? "compound parts" : "") + ")";
    }
}
