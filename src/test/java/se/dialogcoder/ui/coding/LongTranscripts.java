package se.dialogcoder.ui.coding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import se.dialogcoder.app.Project;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.model.UnitKind;
import se.dialogcoder.store.StoreException;

/**
 * Long transcripts for the GUI benchmarks: "benchmark 1" … "benchmark N" in Skåne, each about {@code words} words of
 * speaker turns taken from the Skåne sample, with {@code codings} random codings (30–380 code points) over the
 * project's codebook by the coder "Bänk". Each document is one transaction.
 */
public final class LongTranscripts {
    private LongTranscripts() {
    }

    /** Adds the documents to an open project that has a codebook. */
    public static void add(Project p, int documents, int words, int codings) throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("samples.dir", "samples"),
                "2025_skane_lansdialog.txt"));
        List<String> turns = Arrays.stream(sample.split("\n\n")).filter(t -> t.contains(": ")).toList();
        Random random = new Random(11);
        for (int n = 1; n <= documents; n++) {
            StringBuilder text = new StringBuilder("Länsdialog – Region Skåne (benchmark " + n + ")\n\n");
            List<TextUnit> units = new ArrayList<>();
            int count = 0;
            for (int i = n; count < words; i++) {
                String turn = turns.get(i % turns.size());
                int start = text.codePointCount(0, text.length());
                text.append(turn).append("\n\n");
                int end = start + turn.codePointCount(0, turn.length());
                String speaker = turn.substring(0, turn.indexOf(": "));
                units.add(new TextUnit(units.size(), UnitKind.TURN, start, end, start + speaker.length() + 2,
                        speaker, null, null));
                count += turn.split("\\s+").length;
            }
            insert(p, "benchmark " + n, text.toString(), units, codings, random);
        }
    }

    private static void insert(Project p, String name, String body, List<TextUnit> units, int codings, Random random)
            throws StoreException {
        p.write(tx -> {
            Document d = tx.documents().insert(new NewDocument(name, County.SKANE, DocumentKind.TRANSCRIPT,
                    "2025", null, name + ".txt", body, units));
            long coder = tx.coders().getOrCreate("Bänk").id();
            var codes = tx.codes().list();
            int length = body.codePointCount(0, body.length());
            for (int i = 0; i < codings; i++) {
                int start = random.nextInt(length - 400);
                tx.codings().insert(d.id(), codes.get(random.nextInt(codes.size())).id(), coder, start,
                        start + 30 + random.nextInt(350));
            }
            return null;
        });
    }
}
