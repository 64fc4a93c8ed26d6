package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import se.dialogcoder.model.UserMessage;

/**
 * Reads the Cases of a project into what they say about each source. A case with the variable "Län" gives its
 * sources their county (DialogCoder's own export, one case per county). A case without a name and with exactly one
 * source holds that source's variables (how MAXQDA writes document variables). Any other case is kept as the
 * document attribute "Fall" (case) of its sources, and its variables as their attributes.
 */
final class CaseReader {
    private final QdeReader.Context ctx;

    CaseReader(QdeReader.Context ctx) {
        this.ctx = ctx;
    }

    Map<String, SourceReader.CaseInfo> read(Element casesElement) {
        Map<String, SourceReader.CaseInfo> out = new HashMap<>();
        for (Element c : Dom.children(casesElement, "Case")) {
            String name = Dom.attr(c, "name");
            UserMessage item = UserMessage.of("refi.item.case", "Case \"{0}\"",
                    name == null ? SourceReader.shortGuid(Dom.guid(c, "guid")) : name);
            List<String[]> values = new ArrayList<>();
            for (Element vv : Dom.children(c, "VariableValue")) {
                String[] nv = ctx.variableValue(vv, item);
                if (nv != null) {
                    values.add(nv);
                }
            }
            List<String> sources = new ArrayList<>();
            for (Element ref : Dom.children(c, "SourceRef")) {
                String target = Dom.guid(ref, "targetGUID");
                if (target != null) {
                    sources.add(target);
                }
            }
            int selections = Dom.children(c, "SelectionRef").size();
            if (selections > 0) {
                ctx.report().notImported(item, UserMessage.of("refi.reason.caseSelections", "{0} reference(s) to "
                        + "selections: cases of single passages are not supported (cases of whole sources are)",
                        selections));
            }
            int codes = Dom.children(c, "CodeRef").size();
            if (codes > 0) {
                ctx.report().notImported(item, UserMessage.of("refi.reason.caseCodes",
                        "{0} reference(s) to codes are not supported", codes));
            }
            String county = null;
            for (String[] nv : values) {
                if (isCounty(nv)) {
                    county = nv[1];
                }
            }
            if (sources.isEmpty()) {
                if (county != null && values.stream().allMatch(CaseReader::isCounty)) {
                    // QualCoder writes back our county cases without their sources; the sources carry the county
                    ctx.report().note(item, UserMessage.of("refi.note.countyCaseNoSource", "a county case that "
                            + "refers to no source; documents get their county from their own variable"));
                } else if (name != null) {
                    ctx.report().notImported(item, UserMessage.of("refi.reason.caseNoSource",
                            "it refers to no source, so it has nothing to attach to"));
                }
                continue;
            }
            boolean fileVariables = name == null && sources.size() == 1;
            for (String source : sources) {
                SourceReader.CaseInfo info = out.computeIfAbsent(source, k -> new SourceReader.CaseInfo());
                if (county != null) {
                    if (info.county != null && !info.county.equals(county)) {
                        ctx.report().note(item, UserMessage.of("refi.note.twoCounties",
                                "a source in cases of two counties ({0}, {1}) is given the first", info.county,
                                county));
                    } else {
                        info.county = county;
                    }
                } else if (!fileVariables && name != null) {
                    info.caseNames.add(name.strip());
                }
                for (String[] nv : values) {
                    if (!isCounty(nv)) {
                        info.attributes.putIfAbsent(nv[0], nv[1]);
                    }
                }
            }
        }
        return out;
    }

    /** A variable "Län", or another county variable (StatedCounty) whose value names a county. */
    private static boolean isCounty(String[] nameValue) {
        return nameValue[0].equalsIgnoreCase(RefiVariables.COUNTY)
                || (StatedCounty.isCountyVariable(nameValue[0]) && StatedCounty.parse(nameValue[1]).isPresent());
    }
}
