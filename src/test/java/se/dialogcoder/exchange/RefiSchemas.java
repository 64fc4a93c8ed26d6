package se.dialogcoder.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

/**
 * The REFI-QDA 1.5 schemas and the real f4 example, shipped as test resources under {@code refi/}. A missing
 * resource fails the test that needs it: an exchange test never skips.
 */
public final class RefiSchemas {
    private RefiSchemas() {
    }

    /** The bytes of a file under {@code src/test/resources/refi/}; fails the test when it is absent. */
    public static byte[] resource(String name) throws IOException {
        try (InputStream in = RefiSchemas.class.getResourceAsStream("/refi/" + name)) {
            assertThat(in).as("test resource refi/" + name + " (the REFI-QDA files ship in src/test/resources/refi)")
                    .isNotNull();
            return in.readAllBytes();
        }
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
        URL xsd = RefiSchemas.class.getResource("/refi/" + name);
        assertThat(xsd).as("REFI-QDA schema refi/" + name + " on the test class path (src/test/resources/refi)")
                .isNotNull();
        return SafeXml.schemaFactory().newSchema(new StreamSource(new ByteArrayInputStream(resource(name)),
                xsd.toString()));
    }

    private static void validate(Schema schema, byte[] xml) throws Exception {
        SafeXml.validator(schema).validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
