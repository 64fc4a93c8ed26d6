package se.dialogcoder.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.model.UserMessage;

/**
 * Turns cues into a transcript. The speaker of a cue comes from a voice tag ({@code <v Anna>},
 * {@code <v.loud Anna>}), else from a {@code Speaker: } prefix. Other tags are removed and entities decoded.
 * Consecutive cues of the same speaker become one turn (start of the first, end of the last). Each turn is
 * one paragraph {@code [hh:mm:ss] Speaker: words}; a cue without speaker is a paragraph
 * {@code [hh:mm:ss] words}. Paragraphs are separated by a blank line.
 */
final class CueTranscript {
    static final UserMessage NO_TEXT = UserMessage.of("err.import.subtitlesNoText", "the subtitles contain no text");

    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s<>]*)?(?:\\s+([^<>]*))?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?(?:[A-Za-z][^<>]*|\\d[\\d:.,]*)>|\\{\\\\[^}]*}");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "nbsp", " ", "lrm", "", "rlm", "", "quot", "\"", "apos", "'");

    /** Part of a cue said by one speaker (null when unknown). */
    record Segment(String speaker, String text, long startMillis, long endMillis) {
    }

    private CueTranscript() {
    }

    static ParsedDocument build(Path file, List<SubtitleParser.Cue> cues) throws ImportException {
        List<Segment> turns = merge(segments(cues));
        if (turns.isEmpty()) {
            throw new ImportException(file, NO_TEXT);
        }
        StringBuilder text = new StringBuilder();
        List<TextUnit> units = new ArrayList<>();
        int cp = 0;
        for (Segment turn : turns) {
            if (text.length() > 0) {
                text.append("\n\n");
                cp += 2;
            }
            String head = "[" + CueTime.format(turn.startMillis()) + "] "
                    + (turn.speaker() == null ? "" : turn.speaker() + ": ");
            int start = cp;
            int body = start + head.codePointCount(0, head.length());
            cp = body + turn.text().codePointCount(0, turn.text().length());
            text.append(head).append(turn.text());
            Limits.checkTextLength(file, text);
            UnitKind kind = turn.speaker() == null ? UnitKind.PARAGRAPH : UnitKind.TURN;
            units.add(new TextUnit(units.size(), kind, start, cp, body, turn.speaker(), turn.startMillis(),
                    turn.endMillis()));
        }
        String result = text.toString();
        String normalised = TextNormaliser.normalise(result);
        if (!normalised.equals(result)) {
            // Cannot happen with cleaned pieces; if it ever does, the stored text must still be normalised.
            ParsedDocument split = UnitSplitter.split(normalised);
            return new ParsedDocument(split.text(), split.units(), DocumentKind.TRANSCRIPT, split.dialogueDate());
        }
        return new ParsedDocument(result, units, DocumentKind.TRANSCRIPT, DateFinder.find(result));
    }

    static List<Segment> segments(List<SubtitleParser.Cue> cues) {
        List<Segment> segments = new ArrayList<>();
        for (SubtitleParser.Cue cue : cues) {
            String payload = cue.payload();
            Matcher voice = VOICE.matcher(payload);
            int from = 0;
            String speaker = null;
            while (voice.find()) {
                add(segments, speaker, payload.substring(from, voice.start()), cue);
                speaker = voice.group(1) == null ? null : clean(voice.group(1));
                from = voice.end();
            }
            add(segments, speaker, payload.substring(from), cue);
        }
        return segments;
    }

    private static void add(List<Segment> segments, String speaker, String raw, SubtitleParser.Cue cue) {
        String text = clean(raw);
        if (speaker != null) {
            speaker = speaker.replaceAll("[:\\s]+$", "");
            if (speaker.isEmpty()) {
                speaker = null;
            }
        }
        if (speaker == null) {
            String label = SpeakerPrefix.labelOf(text);
            if (label != null) {
                speaker = label;
                text = text.substring(SpeakerPrefix.labelEnd(text)).strip();
            }
        }
        if (!text.isEmpty()) {
            segments.add(new Segment(speaker, text, cue.startMillis(), cue.endMillis()));
        }
    }

    /** Joins consecutive segments of the same (known) speaker. */
    static List<Segment> merge(List<Segment> segments) {
        List<Segment> turns = new ArrayList<>();
        Segment first = null;
        StringBuilder text = new StringBuilder();
        long end = 0;
        for (Segment s : segments) {
            if (first != null && s.speaker() != null && s.speaker().equals(first.speaker())) {
                text.append(' ').append(s.text());
                end = Math.max(end, s.endMillis());
                continue;
            }
            if (first != null) {
                turns.add(new Segment(first.speaker(), text.toString(), first.startMillis(), end));
            }
            first = s;
            text.setLength(0);
            text.append(s.text());
            end = s.endMillis();
        }
        if (first != null) {
            turns.add(new Segment(first.speaker(), text.toString(), first.startMillis(), end));
        }
        return turns;
    }

    /** Removes tags, decodes entities, normalises, and puts everything on one line. */
    static String clean(String raw) {
        String noTags = TAG.matcher(raw).replaceAll("");
        String decoded = decodeEntities(noTags);
        return TextNormaliser.normalise(decoded).replaceAll("\\s+", " ").strip();
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                if (Character.isValidCodePoint(cp) && Character.getType(cp) != Character.SURROGATE) {
                    return cp == 0xA0 ? " " : new String(Character.toChars(cp));
                }
                return "";
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        String value = ENTITIES.get(name.toLowerCase(java.util.Locale.ROOT));
        return value == null ? whole : value;
    }
}
