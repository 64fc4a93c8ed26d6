package se.dialogcoder.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import se.dialogcoder.app.DemoProject;
import se.dialogcoder.app.Project;
import se.dialogcoder.app.ProjectStores;

/** For GUI tests on the demo, which comes with the reference coding of {@link DemoProject#REFERENCE_CODER}. */
public final class CodedDemo {
    private CodedDemo() {
    }

    /** How many codings the reference coder has in the window's project, read from its file. */
    public static int referenceCodings(ProjectViewModel vm) throws Exception {
        try (Project p = ProjectStores.openReadOnly(vm.projectFile().orElseThrow())) {
            long coder = p.read(tx -> tx.coders().byName(DemoProject.REFERENCE_CODER)).orElseThrow().id();
            return p.read(tx -> tx.codings().count(coder));
        }
    }

    /** A number as the window writes it in that language ("1 099" in Swedish). */
    public static String number(String language, int n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language)).format(n);
    }

    /** The status line's coding count as the window writes it. */
    public static String codings(String language, int n) {
        return new MessageFormat(language.equals("sv") ? "{0} kodningar" : "{0} codings",
                Locale.forLanguageTag(language)).format(new Object[] {n});
    }
}
