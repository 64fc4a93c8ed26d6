package se.dialogcoder.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Machine-readable output for {@code --json}. */
final class Json {
    private Json() {
    }

    /** Doubles as Jackson writes them, except that -0.0 is written 0.0. */
    private static final SimpleModule NO_NEGATIVE_ZERO = new SimpleModule().addSerializer(Double.class,
            new StdSerializer<Double>(Double.class) {
                @Override
                public void serialize(Double v, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    gen.writeNumber(v == 0.0 ? 0.0 : v);
                }
            });

    static String write(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).registerModule(NO_NEGATIVE_ZERO)
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
