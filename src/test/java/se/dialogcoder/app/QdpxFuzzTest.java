package se.dialogcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.dialogcoder.exchange.ExchangeException;
import se.dialogcoder.model.County;
import se.dialogcoder.model.Document;
import se.dialogcoder.model.DocumentKind;
import se.dialogcoder.model.NewDocument;
import se.dialogcoder.model.TextUnit;
import se.dialogcoder.store.StoreException;

/**
 * Seeded random mutations of a valid .qdpx (of the archive bytes, and of the XML and texts inside a well-formed
 * archive) fed to the REFI-QDA import, plus zero-byte and truncated archives: the import either succeeds or
 * refuses with the documented user-facing exceptions naming the file, and a refused import creates no project.
 * Cases: a tenth of {@code fuzz.cases} (30 by default, 1 000 with -Pfuzz).
 */
class QdpxFuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedArchivesNeverEscapeTheImportErrors() throws Exception {
        Services services = new Services(new AppPaths(dir.resolve("home")));
        Path project = dir.resolve("p.dcproj");
        try (Project p = ProjectStores.create(project, "P", "2025")) {
            services.exchanges().codebooks().install(p, services.exchanges().codebooks().json().defaultCodebook());
            String text = "Region Skåne\n\nSamordnare: Vi har en länsgemensam handlingsplan. 𝄞 Åtgärder följer.";
            p.write(tx -> {
                Document d = tx.documents().insert(new NewDocument("skåne", County.SKANE, DocumentKind.TRANSCRIPT,
                        "2025", null, "s.txt", text, List.of(TextUnit.paragraph(0, 0, 12),
                        new TextUnit(1, se.dialogcoder.model.UnitKind.TURN, 14, text.codePointCount(0, text.length()),
                                26, "Samordnare", null, null))));
                long coder = tx.coders().getOrCreate("A").id();
                long code = tx.codes().list().get(0).id();
                tx.codings().insert(d.id(), code, coder, 26, 60);
                tx.codings().setMemo(tx.codings().forDocument(d.id()).get(0).id(), "memo");
                return null;
            });
        }
        Path valid = dir.resolve("valid.qdpx");
        try (Project p = ProjectStores.openReadOnly(project)) {
            services.exchanges().exchange().exportQdpx(p, valid);
        }
        byte[] bytes = Files.readAllBytes(valid);
        Map<String, byte[]> entries = unzip(bytes);
        int cases = Math.max(30, Integer.getInteger("fuzz.cases", 300) / 10);
        Random random = new Random(20251123L);
        int imported = 0;
        int refused = 0;
        for (int i = 0; i < cases + 2; i++) {
            byte[] mutated = i == 0 ? new byte[0] : i == 1 ? java.util.Arrays.copyOf(bytes, bytes.length / 2)
                    : random.nextBoolean() ? mutateBytes(bytes, random) : rezip(entries, random);
            Path file = Files.write(dir.resolve("case-" + i + ".qdpx"), mutated);
            Path target = dir.resolve("case-" + i + ".dcproj");
            try {
                services.exchanges().exchange().importQdpx(file, target);
                imported++;
                assertThat(target).exists();
            } catch (ExchangeException | StoreException e) {
                refused++;
                assertThat(e.getMessage()).as("case %d", i).contains(file.getFileName().toString());
                assertThat(target).as("case %d leaves no project behind", i).doesNotExist();
            }
        }
        System.out.printf("qdpx fuzz: %d cases: %d imported, %d refused%n", cases + 2, imported, refused);
        assertThat(refused).isGreaterThanOrEqualTo(2);
    }

    private static byte[] mutateBytes(byte[] original, Random random) {
        byte[] b = original.clone();
        int n = 1 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }

    /** A well-formed archive whose XML or text has random edits (bytes flipped, cut, or duplicated). */
    private static byte[] rezip(Map<String, byte[]> entries, Random random) throws Exception {
        List<String> names = List.copyOf(entries.keySet());
        String victim = names.get(random.nextInt(names.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : names) {
                byte[] data = entries.get(name);
                if (name.equals(victim)) {
                    data = editText(data, random);
                }
                z.putNextEntry(new ZipEntry(name));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] editText(byte[] data, Random random) {
        String s = new String(data, StandardCharsets.UTF_8);
        if (s.isEmpty()) {
            return data;
        }
        int at = random.nextInt(s.length());
        return switch (random.nextInt(4)) {
            case 0 -> (s.substring(0, at)).getBytes(StandardCharsets.UTF_8);
            case 1 -> (s.substring(0, at) + s.substring(at, Math.min(s.length(), at + 40)).repeat(3) + s.substring(at))
                    .getBytes(StandardCharsets.UTF_8);
            case 2 -> s.replace("startPosition=\"", "startPosition=\"" + random.nextInt(100_000))
                    .getBytes(StandardCharsets.UTF_8);
            default -> (s.substring(0, at) + "<\"&\u0000" + s.substring(at)).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
