package se.dialogcoder.ui.teamwork;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.dialogcoder.app.exchange.MergeReport;
import se.dialogcoder.app.exchange.MergeReport.Conflict;
import se.dialogcoder.app.exchange.MergeReport.Source;
import se.dialogcoder.ui.Messages;

/** A merge report as lines for the report dialog, in the user's language. */
public final class MergeReportText {
    private MergeReportText() {
    }

    public static String summary(MergeReport r, ResourceBundle m) {
        return Messages.format(m, "dialog.merge.summary", r.codingsAdded(), r.codingsPresent(), r.conflicts());
    }

    public static List<String> lines(MergeReport r, ResourceBundle m) {
        List<String> out = new ArrayList<>();
        for (Source s : r.sources()) {
            out.add(Messages.format(m, "merge.file", s.file()));
            if (s.addedNothing()) {
                out.add("   " + m.getString("merge.nothingNew"));
            } else {
                out.add("   " + Messages.format(m, "merge.documents", s.documentsAdded().size(),
                        names(s.documentsAdded()), s.documentsMatched()));
                out.add("   " + Messages.format(m, "merge.codes", s.codesAdded().size(), names(s.codesAdded()),
                        s.codesMatched()));
                out.add("   " + Messages.format(m, "merge.coders", s.codersAdded().size(), names(s.codersAdded())));
                out.add("   " + Messages.format(m, "merge.codings", s.codingsAdded(), s.codingsPresent()));
                out.add("   " + Messages.format(m, "merge.memos", s.memosMerged(), s.detailsFilled()));
            }
            if (!s.conflicts().isEmpty()) {
                out.add("   " + m.getString("merge.conflicts"));
                for (Conflict c : s.conflicts()) {
                    out.add("   ⚠ " + conflict(c, m));
                }
            }
        }
        return out;
    }

    static String conflict(Conflict c, ResourceBundle m) {
        return switch (c.kind()) {
            case CODE_NAME -> Messages.format(m, "nameEn".equals(c.field()) ? "merge.conflict.code_nameEn"
                    : "merge.conflict.code_name", c.subject(), c.ours(), c.theirs());
            case CODE_COLOUR -> Messages.format(m, "merge.conflict.code_colour", c.subject(), c.ours(), c.theirs());
            case CODE_PARENT -> Messages.format(m, "merge.conflict.code_parent", c.subject(), c.ours(),
                    c.theirs() == null ? m.getString("merge.topLevel") : "”" + c.theirs() + "”");
            case CODE_DESCRIPTION -> Messages.format(m, "descriptionEn".equals(c.field())
                    ? "merge.conflict.code_descriptionEn" : "merge.conflict.code_description", c.subject());
            case DOCUMENT_SAME_NAME -> Messages.format(m, "merge.conflict.document_same_name", c.subject(), c.ours(),
                    c.theirs());
            case DOCUMENT_FACT -> Messages.format(m, "merge.conflict.document_fact", c.subject(),
                    value(c.field(), c.ours(), m), value(c.field(), c.theirs(), m),
                    m.getString("merge.field." + c.field()));
            case DOCUMENT_ATTRIBUTE -> Messages.format(m, "merge.conflict.document_attribute", c.subject(), c.ours(),
                    c.theirs(), c.field());
            case MEMO_KEPT_BOTH -> Messages.format(m, "merge.conflict.memo." + c.field(), c.subject());
        };
    }

    /** A document's kind in words ("Transkription"); other facts as they are. */
    private static String value(String field, String value, ResourceBundle m) {
        if ("kind".equals(field) && value != null) {
            try {
                return m.getString("doc.kind." + value);
            } catch (MissingResourceException e) {
                return value;
            }
        }
        return value == null ? "–" : value;
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.size() > 6 ? names.subList(0, 6) : names;
        return " (" + String.join(", ", shown) + (names.size() > 6 ? ", …" : "") + ")";
    }
}
