package se.dialogcoder.app.teamwork;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.dialogcoder.analysis.agreement.BinaryFigures;

/**
 * Agreement between coders on a project's coded documents: per code and document, per code over all compared
 * documents, and over all codes together (counts pooled, not averaged).
 *
 * @param project the project file's name
 * @param coders the coders compared, in the order asked for
 * @param unit what a unit is: a character, a speaker turn or a paragraph
 * @param documents the documents compared (coded by at least two of the coders)
 * @param skipped the documents left out, and why
 * @param overall all codes and documents pooled
 * @param codes one entry per code, in codebook path order
 */
public record AgreementReport(String project, List<String> coders, Unit unit, List<String> documents,
                              List<Skipped> skipped, BinaryFigures overall, List<CodeAgreement> codes) {
    public AgreementReport {
        coders = List.copyOf(coders);
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
        codes = List.copyOf(codes);
    }

    /** What counts as one unit of agreement. */
    public enum Unit {
        /** Every code point of the text (NVivo's coding comparison). */
        CHARACTER,
        /** Every speaker turn ({@code text_unit.kind = 'turn'}). */
        TURN,
        /** Every paragraph ({@code text_unit.kind = 'paragraph'}). */
        PARAGRAPH;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Unit> parse(String text) {
            for (Unit u : values()) {
                if (u.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return Optional.of(u);
                }
            }
            return Optional.empty();
        }
    }

    /** A document left out of the comparison, and why. */
    public record Skipped(String document, String reason) {
    }

    /**
     * One code.
     *
     * @param code the code's path, e.g. "Suicidprevention / Efterlevandestöd"
     * @param figures the code over all compared documents (counts pooled)
     * @param documents the code in each compared document
     */
    public record CodeAgreement(String code, BinaryFigures figures, List<DocumentAgreement> documents) {
        public CodeAgreement {
            documents = List.copyOf(documents);
        }
    }

    /**
     * One code in one document.
     *
     * @param county the document's two-digit county code, or null when unknown
     */
    public record DocumentAgreement(String document, String county, BinaryFigures figures) {
    }
}
