package se.dialogcoder.app.teamwork;

import se.dialogcoder.app.Project;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.agreement.BinaryFigures;
import se.dialogcoder.analysis.agreement.CodedText;
import se.dialogcoder.analysis.agreement.PatternCounts;
import se.dialogcoder.app.teamwork.AgreementReport.CodeAgreement;
import se.dialogcoder.app.teamwork.AgreementReport.DocumentAgreement;
import se.dialogcoder.app.teamwork.AgreementReport.Skipped;
import se.dialogcoder.app.teamwork.AgreementReport.Unit;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.Coder;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.Span;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.store.StoreException;

/**
 * Inter-coder agreement on a project's coded documents (see docs/agreement.md). A coder takes part in a document
 * when the coder made at least one coding in it (of any code); a coder who made none is taken not to have coded the
 * document (missing), not to have found nothing in it. Documents with fewer than two of the coders taking part are
 * left out and listed.
 */
public final class AgreementService {

    /**
     * Compares coders' coding.
     *
     * @param coderNames two or more coder names as stored in the project
     * @param unit characters, speaker turns or paragraphs
     * @param codePath one code's path ("Suicidprevention / Efterlevandestöd"), or null for every code any of the
     *        coders used in the compared documents
     */
    public AgreementReport compare(Project project, List<String> coderNames, Unit unit, String codePath)
            throws StoreException, AgreementException {
        String file = project.displayName();
        if (coderNames.size() < 2) {
            throw new AgreementException(file + ": name at least two coders to compare.");
        }
        if (coderNames.size() > PatternCounts.MAX_CODERS) {
            throw new AgreementException(file + ": at most " + PatternCounts.MAX_CODERS + " coders can be compared.");
        }
        Data data = project.read(tx -> new Data(tx.coders().list(), tx.codes().paths(), tx.documents().list(),
                tx.codes().list()));
        List<Coder> coders = resolveCoders(file, data.coders(), coderNames);
        Long onlyCode = codePath == null ? null : resolveCode(file, data.codes(), codePath);
        List<Long> ids = coders.stream().map(Coder::id).toList();
        Map<Long, List<TextUnit>> units = new HashMap<>();
        List<Coding> codings = project.read(tx -> {
            if (unit != Unit.CHARACTER) {
                for (Document d : data.documents()) {
                    units.put(d.id(), tx.documents().units(d.id()));
                }
            }
            return tx.codings().byCoders(ids);
        });
        // document → code → coder index → spans; document → coders taking part
        Map<Long, Map<Long, List<List<Span>>>> spans = new HashMap<>();
        Map<Long, Integer> present = new HashMap<>();
        Map<Long, Integer> coderIndex = new HashMap<>();
        for (int i = 0; i < coders.size(); i++) {
            coderIndex.put(coders.get(i).id(), i);
        }
        for (Coding c : codings) {
            int who = coderIndex.get(c.coderId());
            present.merge(c.documentId(), 1 << who, (a, b) -> a | b);
            List<List<Span>> byCoder = spans.computeIfAbsent(c.documentId(), k -> new HashMap<>())
                    .computeIfAbsent(c.codeId(), k -> emptyLists(coders.size()));
            byCoder.get(who).add(new Span(c.start(), c.end()));
        }
        List<String> names = coders.stream().map(Coder::name).toList();
        List<Document> compared = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Document d : data.documents()) {
            int mask = present.getOrDefault(d.id(), 0);
            if (Integer.bitCount(mask) < 2) {
                skipped.add(new Skipped(d.name(), mask == 0 ? "none of the coders coded it"
                        : "only " + names.get(Integer.numberOfTrailingZeros(mask)) + " coded it"));
            } else if (unit != Unit.CHARACTER && unitSpans(units.get(d.id()), unit).isEmpty()) {
                skipped.add(new Skipped(d.name(),
                        unit == Unit.TURN ? "it has no speaker turns" : "it has no paragraphs"));
            } else {
                compared.add(d);
            }
        }
        List<Long> codes = codesInScope(data.paths(), onlyCode, compared, spans);
        PatternCounts overall = new PatternCounts(coders.size());
        List<CodeAgreement> perCode = new ArrayList<>();
        for (long code : codes) {
            PatternCounts codeTotal = new PatternCounts(coders.size());
            List<DocumentAgreement> perDocument = new ArrayList<>();
            for (Document d : compared) {
                int mask = present.get(d.id());
                List<List<Span>> coded = spans.getOrDefault(d.id(), Map.of()).getOrDefault(code,
                        emptyLists(coders.size()));
                List<List<Span>> withMissing = new ArrayList<>();
                for (int i = 0; i < coders.size(); i++) {
                    withMissing.add((mask >>> i & 1) == 1 ? coded.get(i) : null);
                }
                PatternCounts counts = unit == Unit.CHARACTER
                        ? CodedText.characters(d.characters(), withMissing)
                        : CodedText.units(unitSpans(units.get(d.id()), unit), withMissing);
                codeTotal.addAll(counts);
                perDocument.add(new DocumentAgreement(d.name(), d.county() == null ? null : d.county().code(),
                        BinaryFigures.of(counts, names)));
            }
            overall.addAll(codeTotal);
            perCode.add(new CodeAgreement(data.paths().get(code), BinaryFigures.of(codeTotal, names), perDocument));
        }
        return new AgreementReport(file, names, unit, compared.stream().map(Document::name).toList(), skipped,
                BinaryFigures.of(overall, names), perCode);
    }

    private record Data(List<Coder> coders, Map<Long, String> paths, List<Document> documents, List<Code> codes) {
    }

    private static List<List<Span>> emptyLists(int n) {
        List<List<Span>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    private static List<Span> unitSpans(List<TextUnit> units, Unit unit) {
        UnitKind kind = unit == Unit.TURN ? UnitKind.TURN : UnitKind.PARAGRAPH;
        List<Span> out = new ArrayList<>();
        for (TextUnit u : units) {
            if (u.kind() == kind && u.length() > 0) {
                out.add(new Span(u.start(), u.end()));
            }
        }
        return out;
    }

    /** The asked-for code, or every code used by the coders in the compared documents, in path order. */
    private static List<Long> codesInScope(Map<Long, String> paths, Long onlyCode, List<Document> compared,
                                           Map<Long, Map<Long, List<List<Span>>>> spans) {
        if (onlyCode != null) {
            return List.of(onlyCode);
        }
        Set<Long> used = new LinkedHashSet<>();
        for (Document d : compared) {
            used.addAll(spans.getOrDefault(d.id(), Map.of()).keySet());
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv"));
        List<Long> out = new ArrayList<>(used);
        out.sort((a, b) -> collator.compare(paths.get(a), paths.get(b)));
        return out;
    }

    private static List<Coder> resolveCoders(String file, List<Coder> all, List<String> names)
            throws AgreementException {
        List<Coder> out = new ArrayList<>();
        for (String name : names) {
            Coder found = null;
            for (Coder c : all) {
                if (c.name().equals(name.strip())) {
                    found = c;
                }
            }
            if (found == null) {
                List<Coder> loose = all.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).toList();
                found = loose.size() == 1 ? loose.get(0) : null;
            }
            if (found == null) {
                throw new AgreementException(file + ": no coder named \"" + name.strip() + "\"; "
                        + (all.isEmpty() ? "nobody has coded in this project yet."
                        : "the coders are " + String.join(", ", all.stream().map(Coder::name).toList()) + "."));
            }
            if (out.contains(found)) {
                throw new AgreementException(file + ": the coder \"" + found.name() + "\" is named twice.");
            }
            out.add(found);
        }
        return out;
    }

    private static long resolveCode(String file, List<Code> codes, String wanted) throws AgreementException {
        try {
            return new CodeTree(codes).resolve(wanted).id();
        } catch (IllegalArgumentException e) {
            throw new AgreementException(file + ": " + e.getMessage() + ".");
        }
    }
}
