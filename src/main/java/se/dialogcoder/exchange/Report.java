package se.dialogcoder.exchange;

import java.util.List;

/**
 * The report for evaluators, ready to write as HTML or DOCX: a title with the facts of the selection, the frequency
 * table (counties × themes), then per theme and county the coded passages with document and speaker. Texts are
 * plain (the writers escape them); headings are Swedish.
 *
 * @param facts lines under the title, e.g. "Omgång: 2025"
 * @param frequencies the frequency table (a county per row, a theme per column, totals)
 * @param frequencyNote one sentence on what the table counts
 * @param generator the program that wrote it, e.g. "DialogCoder 0.1.0"
 */
public record Report(String title, List<String> facts, Table frequencies, String frequencyNote, List<Theme> themes,
                     String generator) {
    public Report {
        facts = List.copyOf(facts);
        themes = List.copyOf(themes);
    }

    /** A theme's section: its passages grouped by county. */
    public record Theme(String name, int passages, List<CountyPassages> counties) {
        public Theme {
            counties = List.copyOf(counties);
        }
    }

    /** The passages of one county (county label such as "12 Skåne län" or "Okänt län"). */
    public record CountyPassages(String county, List<Passage> passages) {
        public CountyPassages {
            passages = List.copyOf(passages);
        }
    }

    /**
     * One coded passage.
     *
     * @param speaker null when the passage is not in a speaker's turn
     * @param code the code's path
     * @param memo the coding's memo, or null
     */
    public record Passage(String document, String speaker, String code, String coder, String text, String memo) {
    }
}
