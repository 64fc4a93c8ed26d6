package se.dialogcoder.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalised WebVTT or SRT text into cues. Tolerant of real files: a missing blank line between
 * cues, blank lines inside cue text, cue ids or numbers, cue settings after the end time, and non-standard
 * timestamps ({@code 0:0:0.0}, {@code 1:02.5}, comma decimals). A cue whose timing line does not parse is
 * skipped with its text.
 */
final class SubtitleParser {
    /** One cue: times in milliseconds and its raw text (lines joined with {@code \n}). */
    record Cue(long startMillis, long endMillis, String payload) {
    }

    /** The cues found, and how many timing lines ({@code -->}) were seen, readable or not. */
    record Result(List<Cue> cues, int timingLines) {
    }

    private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+?)\\s*-->\\s*(\\S+)");
    private static final Pattern CUE_ID = Pattern.compile("^\\d+$|^[0-9a-fA-F]{8}-[0-9a-fA-F-]+(?:/\\d+-\\d+)?$");

    private SubtitleParser() {
    }

    static Result parse(String text, boolean webVtt) {
        List<Open> cues = new ArrayList<>();
        int timingLines = 0;
        boolean lastParsed = false;
        boolean firstBlock = true;
        for (String block : text.split("\n\n")) {
            List<String> lines = Arrays.asList(block.split("\n"));
            if (firstBlock && webVtt && lines.get(0).startsWith("WEBVTT")) {
                int timing = indexOfTiming(lines, 1);
                lines = timing < 0 ? List.of() : lines.subList(timing, lines.size());
            }
            firstBlock = false;
            if (lines.isEmpty() || (webVtt && isSkippedBlock(lines.get(0)))) {
                continue;
            }
            int timing = indexOfTiming(lines, 0);
            int continuationEnd = timing < 0 ? lines.size() : Math.max(0, timing - 1);
            if (continuationEnd > 0 && lastParsed && !cues.isEmpty()) {
                // text after a blank line inside a cue belongs to that cue
                cues.get(cues.size() - 1).add(lines.subList(0, continuationEnd));
            }
            while (timing >= 0) {
                int next = indexOfTiming(lines, timing + 1);
                int payloadEnd = next < 0 ? lines.size() : next;
                if (next >= 0 && next - 1 > timing && CUE_ID.matcher(lines.get(next - 1).strip()).matches()) {
                    payloadEnd = next - 1;
                }
                timingLines++;
                Matcher m = TIMING.matcher(lines.get(timing));
                long start = m.find() ? CueTime.parse(m.group(1)) : -1;
                long end = start >= 0 ? CueTime.parse(m.group(2)) : -1;
                lastParsed = start >= 0 && end >= 0;
                if (lastParsed) {
                    Open cue = new Open(start, Math.max(start, end));
                    cue.add(lines.subList(timing + 1, payloadEnd));
                    cues.add(cue);
                }
                timing = next;
            }
        }
        return new Result(cues.stream().map(Open::cue).toList(), timingLines);
    }

    /** A cue whose text may still grow (blank lines inside cue text). */
    private static final class Open {
        final long start;
        final long end;
        final StringBuilder payload = new StringBuilder();

        Open(long start, long end) {
            this.start = start;
            this.end = end;
        }

        void add(List<String> lines) {
            for (String line : lines) {
                if (payload.length() > 0) {
                    payload.append('\n');
                }
                payload.append(line);
            }
        }

        Cue cue() {
            return new Cue(start, end, payload.toString());
        }
    }

    private static int indexOfTiming(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains("-->")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSkippedBlock(String firstLine) {
        for (String word : new String[] {"NOTE", "STYLE", "REGION"}) {
            if (firstLine.equals(word) || firstLine.startsWith(word + " ") || firstLine.startsWith(word + "\t")) {
                return true;
            }
        }
        return false;
    }
}
