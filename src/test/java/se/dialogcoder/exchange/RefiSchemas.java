package se.dialogcoder.exchange;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

/**
 * The REFI-QDA schemas of {@code ../shared/refi} (system property {@code refi.dir}, set by the pom). A test that
 * validates is skipped, with a message saying why, only when the schema file is absent.
 */
public final class RefiSchemas {
    private RefiSchemas() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("refi.dir", "../shared/refi"));
    }

    /** Validates XML against Project.xsd; fails the test with the validator's message when invalid. */
    public static void validateProject(byte[] xml) throws Exception {
        validate(schema("Project.xsd"), xml);
    }

    /** Validates XML against Codebook.xsd. */
    public static void validateCodebook(byte[] xml) throws Exception {
        validate(schema("Codebook.xsd"), xml);
    }

    private static Schema schema(String name) throws Exception {
        Path xsd = dir().resolve(name);
        assumeTrue(Files.isRegularFile(xsd), "REFI-QDA schema " + xsd.toAbsolutePath()
                + " is absent: XSD validation skipped (set -Drefi.dir to the folder holding " + name + ")");
        return SafeXml.schemaFactory().newSchema(xsd.toFile());
    }

    private static void validate(Schema schema, byte[] xml) throws Exception {
        SafeXml.validator(schema).validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
