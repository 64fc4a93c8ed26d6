package se.dialogcoder.app.analysis;

import se.dialogcoder.app.Project;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.dialogcoder.analysis.CodeTree;
import se.dialogcoder.analysis.CodedCharacters;
import se.dialogcoder.analysis.Cooccurrence;
import se.dialogcoder.analysis.CountyMatrix;
import se.dialogcoder.analysis.Frequencies;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodeTotal;
import se.dialogcoder.model.CodingCount;
import se.dialogcoder.model.CodingFilter;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.ItemSet;
import se.dialogcoder.store.CodingTotals;
import se.dialogcoder.store.Counts.CodePair;
import se.dialogcoder.store.StoreException;
import se.dialogcoder.store.UnitOfWork;

/** Counting: theme frequencies, the county × theme matrix, co-occurrence. Reads with store, counts with analysis. */
public final class AnalysisService {
    private final boolean useTotals;

    /** Counts from the totals the store keeps on write wherever they can answer. */
    public AnalysisService() {
        this(true);
    }

    /**
     * @param useTotals false to count every time from the codings themselves (the yardstick the totals are tested
     *                  and measured against)
     */
    public AnalysisService(boolean useTotals) {
        this.useTotals = useTotals;
    }

    private Optional<List<CodeTotal>> totals(UnitOfWork tx, CodingFilter filter) throws StoreException {
        return useTotals ? tx.counts().codeTotals(filter) : Optional.empty();
    }

    public CodeTree codeTree(Project project) throws StoreException {
        return new CodeTree(project.read(tx -> tx.codes().list()));
    }

    /**
     * Theme frequencies for the codings and documents the filter admits.
     *
     * @param withSubcodes count each code together with its sub-codes (union of their spans)
     * @param byCounty one block per county instead of one over all documents; with a code set in the filter,
     *                 only the lines of its codes
     */
    public List<Frequencies.Row> frequencies(Project project, CodingFilter filter, boolean withSubcodes,
                                             boolean byCounty) throws StoreException {
        return project.read(tx -> {
            CodeTree tree = new CodeTree(tx.codes().list());
            List<Document> documents = tx.documents().matching(filter);
            Optional<List<CodeTotal>> totals = totals(tx, filter);
            if (totals.isPresent()) {
                return Frequencies.fromTotals(tree, documents, totals.get(), withSubcodes, byCounty);
            }
            List<CodingCount> counts = tx.counts().codingCounts(filter);
            CodedCharacters chars = withSubcodes ? CodedCharacters.withSubcodes(tree) : CodedCharacters.perCode();
            tx.counts().spans(filter, chars::add);
            List<Frequencies.Row> rows = Frequencies.compute(tree, documents, counts, chars.result(), withSubcodes,
                    byCounty);
            Set<Long> members = codeSetMembers(tx, filter);
            return members == null ? rows : rows.stream().filter(r -> members.contains(r.code().id())).toList();
        });
    }

    /** The codes of the filter's code sets (null when it names none): a code set shows only its codes. */
    private static Set<Long> codeSetMembers(UnitOfWork tx, CodingFilter filter) throws StoreException {
        if (filter.codeSets().isEmpty()) {
            return null;
        }
        Set<Long> out = new LinkedHashSet<>();
        for (ItemSet s : tx.sets().list(ItemSet.Kind.CODES)) {
            if (filter.codeSets().contains(s.id())) {
                out.addAll(s.members());
            }
        }
        return out;
    }

    /**
     * The county × theme matrix.
     *
     * @param columns the themes to show (null = the top-level codes; with a code set in the filter, its codes)
     * @param coverage also compute coded characters (reads every coded span; the counts alone are one aggregate)
     */
    public CountyMatrix matrix(Project project, CodingFilter filter, List<Code> columns, boolean coverage)
            throws StoreException {
        return project.read(tx -> {
            CodeTree tree = new CodeTree(tx.codes().list());
            Set<Long> members = codeSetMembers(tx, filter);
            List<Code> cols = columns != null ? columns : members == null ? tree.roots()
                    : tree.all().stream().filter(c -> members.contains(c.id())).toList();
            List<Document> documents = tx.documents().matching(filter);
            if (members == null && cols.equals(tree.roots())) {
                Optional<List<CodeTotal>> totals = totals(tx, filter);
                if (totals.isPresent()) {
                    return CountyMatrix.fromTotals(cols, documents, totals.get(), coverage);
                }
            }
            List<CodingCount> counts = tx.counts().codingCounts(filter);
            Map<Long, Map<Long, Long>> characters = null;
            if (coverage) {
                CodedCharacters chars = CodedCharacters.groups(CountyMatrix.columnGroups(tree, cols));
                tx.counts().spans(filter, chars::add);
                characters = chars.result();
            }
            return CountyMatrix.build(tree, cols, documents, counts, characters);
        });
    }

    /**
     * Co-occurrence of codes (or, with {@code themes}, of top-level themes) among the codings the filter admits.
     */
    public Cooccurrence cooccurrence(Project project, CodingFilter filter, Cooccurrence.Mode mode, boolean themes)
            throws StoreException {
        return project.read(tx -> {
            Cooccurrence result = new Cooccurrence(new CodeTree(tx.codes().list()), themes);
            CodingTotals.PairKind kind = mode == Cooccurrence.Mode.OVERLAP ? CodingTotals.PairKind.OVERLAP
                    : themes ? CodingTotals.PairKind.UNIT_THEME : CodingTotals.PairKind.UNIT;
            Optional<List<CodePair>> pairs = useTotals ? tx.counts().pairTotals(filter, kind) : Optional.empty();
            if (pairs.isPresent()) {
                for (CodePair pair : pairs.get()) {
                    result.addPairs(pair.codeA(), pair.codeB(), pair.pairs());
                }
            } else if (mode == Cooccurrence.Mode.OVERLAP) {
                for (CodePair pair : tx.counts().overlappingPairs(filter)) {
                    result.addPairs(pair.codeA(), pair.codeB(), pair.pairs());
                }
            } else {
                tx.counts().unitCodes(filter, result::addUnitCode);
            }
            return result;
        });
    }
}
