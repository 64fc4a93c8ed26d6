package se.dialogcoder.app.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.dialogcoder.analysis.suggest.Evaluation;
import se.dialogcoder.analysis.suggest.Example;
import se.dialogcoder.analysis.suggest.SuggestModel;
import se.dialogcoder.analysis.suggest.Suggestion;
import se.dialogcoder.app.InvalidInputException;
import se.dialogcoder.app.Project;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodePointText;
import se.dialogcoder.model.Coding;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/**
 * Code suggestions learned from the project's own codings (see docs/suggestions.md): per text unit (paragraph or
 * speaker turn) of a document, the codes whose coded passages use the same words, with a score from 0 to 1; and the
 * measurement of how good they are, holding out each county in turn. Nothing leaves the project.
 */
public final class SuggestionService {
    /** A suggestion for a passage of a document: code-point offsets, end exclusive. */
    public record Proposal(long documentId, int start, int end, long codeId, String codePath, double score) {
    }

    /** The evaluation with the code paths of its per-code figures. */
    public record Measured(Evaluation.Result result, Map<Long, String> codePaths, int codings) {
    }

    /** What the project teaches: every coded passage's text, with its document's county. */
    private record Material(List<Example> examples, Map<Long, String> codeWords, Map<Long, String> paths) {
    }

    /** Suggestions for the units of a document, by document name; units already coded with a code skip it. */
    public List<Proposal> suggest(Project project, String documentName) throws StoreException {
        Document d = project.document(documentName).orElseThrow(() -> new InvalidInputException(UserMessage.of(
                "err.input.noDocument", "no document named \"{0}\"", documentName)));
        return suggest(project, d.id());
    }

    /** Suggestions for the units of a document, in text order, at most three per unit, best first. */
    public List<Proposal> suggest(Project project, long documentId) throws StoreException {
        return project.read(tx -> {
            Material m = material(tx);
            SuggestModel model = SuggestModel.train(m.examples(), m.codeWords());
            CodePointText text = new CodePointText(tx.documents().text(documentId));
            List<Coding> codings = tx.codings().forDocument(documentId);
            List<Proposal> out = new ArrayList<>();
            for (TextUnit u : tx.documents().units(documentId)) {
                if (u.end() <= u.bodyStart()) {
                    continue;
                }
                Set<Long> coded = codesOn(codings, u);
                for (Suggestion s : model.rank(text.slice(u.bodyStart(), u.end()))) {
                    if (s.score() < SuggestModel.MIN_SCORE) {
                        break;
                    }
                    if (coded.contains(s.codeId())) {
                        continue;
                    }
                    if (countFor(out, u) >= SuggestModel.TOP) {
                        break;
                    }
                    out.add(new Proposal(documentId, u.bodyStart(), u.end(), s.codeId(),
                            m.paths().getOrDefault(s.codeId(), "id:" + s.codeId()), s.score()));
                }
            }
            return out;
        });
    }

    private static int countFor(List<Proposal> out, TextUnit u) {
        int n = 0;
        for (int i = out.size() - 1; i >= 0 && out.get(i).start() == u.bodyStart(); i--) {
            n++;
        }
        return n;
    }

    /** Holds out each county in turn and measures the suggestions on its units (see {@link Evaluation}). */
    public Measured evaluate(Project project) throws StoreException {
        return project.read(tx -> {
            Material m = material(tx);
            List<Evaluation.Unit> units = new ArrayList<>();
            int codings = 0;
            for (Document d : tx.documents().list()) {
                if (d.county() == null) {
                    continue;
                }
                CodePointText text = new CodePointText(tx.documents().text(d.id()));
                List<Coding> cs = tx.codings().forDocument(d.id());
                codings += cs.size();
                for (TextUnit u : tx.documents().units(d.id())) {
                    if (u.end() > u.bodyStart()) {
                        units.add(new Evaluation.Unit(d.county().code(), text.slice(u.bodyStart(), u.end()),
                                codesOn(cs, u)));
                    }
                }
            }
            Evaluation.Result r = Evaluation.run(m.examples(), units, ex -> SuggestModel.train(ex, m.codeWords()));
            return new Measured(r, m.paths(), codings);
        });
    }

    /** The codes of codings that overlap a unit's words. */
    private static Set<Long> codesOn(List<Coding> codings, TextUnit u) {
        Set<Long> out = new TreeSet<>();
        for (Coding c : codings) {
            if (c.start() < u.end() && c.end() > u.bodyStart()) {
                out.add(c.codeId());
            }
        }
        return out;
    }

    private static Material material(UnitOfWork tx) throws StoreException {
        Map<Long, String> paths = tx.codes().paths();
        Map<Long, String> words = new HashMap<>();
        for (Code c : tx.codes().list()) {
            words.put(c.id(), join(c.name(), c.description()));
        }
        Map<Long, List<Coding>> byDocument = new HashMap<>();
        for (Coding c : tx.codings().all()) {
            byDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
        }
        List<Example> examples = new ArrayList<>();
        for (Document d : tx.documents().list()) {
            List<Coding> cs = byDocument.get(d.id());
            if (cs == null) {
                continue;
            }
            CodePointText text = new CodePointText(tx.documents().text(d.id()));
            String group = d.county() == null ? null : d.county().code();
            for (Coding c : cs) {
                examples.add(new Example(c.codeId(), text.slice(c.start(), Math.min(c.end(), text.length())), group));
            }
        }
        return new Material(examples, words, paths);
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(p).append(' ');
            }
        }
        return b.toString();
    }
}
