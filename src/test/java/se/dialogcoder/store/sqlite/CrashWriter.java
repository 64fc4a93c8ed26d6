package se.dialogcoder.store.sqlite;

import java.nio.file.Path;
import se.dialogcoder.model.Coding;

/**
 * Child process of {@link CrashSafetyTest}: codes passages in a loop, one transaction each, and prints the id of
 * every coding whose commit has returned. It runs until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectFile p = ProjectFile.open(Path.of(args[0]))) {
            long documentId = Long.parseLong(args[1]);
            long codeId = Long.parseLong(args[2]);
            long coderId = Long.parseLong(args[3]);
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                int start = i % 900;
                Coding c = p.write(tx -> tx.codings().insert(documentId, codeId, coderId, start, start + 50));
                System.out.println(c.id());
                System.out.flush();
            }
        }
    }
}
