package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.Code;
import se.dialogcoder.model.CodebookEntry;

/** Repeated code names are found with their paths and, when asked, written qualified and unique. */
class CodeNamesTest {
    private static Code code(long id, Long parent, String name) {
        return new Code(id, "c" + id, parent, name, null, null, null, "#999999", 0);
    }

    private static final List<Code> CODES = List.of(
            code(1, null, "Suicidprevention"), code(2, 1L, "Civilsamhälle"), code(3, null, "Samverkan"),
            code(4, 3L, "Civilsamhälle"), code(5, null, "Skola"), code(6, 5L, "Elevhälsa"), code(7, 6L, "Kunskap"),
            code(8, null, "Kunskap"), code(9, 3L, "Unik"), code(10, 3L, "Unik 2"), code(11, 1L, "X"),
            code(12, 1L, "X"));

    @Test
    void repeatedNamesAreListedWithEveryPath() {
        assertThat(CodeNames.repeated(CODES)).containsExactly(
                new CodeNames.Repeated("Civilsamhälle", List.of("Suicidprevention / Civilsamhälle",
                        "Samverkan / Civilsamhälle")),
                new CodeNames.Repeated("Kunskap", List.of("Skola / Elevhälsa / Kunskap", "Kunskap")),
                new CodeNames.Repeated("X", List.of("Suicidprevention / X", "Suicidprevention / X")));
        assertThat(CodeNames.repeated(List.of(code(1, null, "A"), code(2, 1L, "B")))).isEmpty();
    }

    @Test
    void onlyRepeatedNamesAreQualifiedAndAllNamesEndUnique() {
        Map<Long, String> q = CodeNames.qualified(CODES);
        assertThat(q).containsOnlyKeys(2L, 4L, 7L, 8L, 11L, 12L)
                .containsEntry(2L, "Civilsamhälle (Suicidprevention)")
                .containsEntry(4L, "Civilsamhälle (Samverkan)")
                .containsEntry(7L, "Kunskap (Skola / Elevhälsa)")
                .containsEntry(8L, "Kunskap")
                .containsEntry(11L, "X (Suicidprevention)")
                .containsEntry(12L, "X (Suicidprevention) (2)");
        List<Code> written = CodeNames.withQualifiedNames(CODES);
        assertThat(new HashSet<>(written.stream().map(Code::name).toList())).hasSize(CODES.size());
        assertThat(written.get(8)).isSameAs(CODES.get(8));
        assertThat(written.get(1)).usingRecursiveComparison().ignoringFields("name").isEqualTo(CODES.get(1));
    }

    @Test
    void theShippedCodebookHasUniqueNamesInBothLanguages() {
        List<CodebookEntry> all = new ArrayList<>();
        flatten(new CodebookJson().defaultCodebook().codes(), all);
        assertThat(all).hasSizeGreaterThan(50);
        assertThat(all.stream().map(CodebookEntry::name)).doesNotHaveDuplicates();
        assertThat(all.stream().map(CodebookEntry::nameEn)).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(all.stream().map(CodebookEntry::id)).doesNotHaveDuplicates();
    }

    private static void flatten(List<CodebookEntry> entries, List<CodebookEntry> into) {
        for (CodebookEntry e : entries) {
            into.add(e);
            flatten(e.children(), into);
        }
    }
}
