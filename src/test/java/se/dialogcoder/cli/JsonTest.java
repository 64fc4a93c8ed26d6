package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void negativeZeroIsWrittenAsZero() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kappa", -0.0);
        row.put("alpha", -0.00044);
        row.put("cells", List.of(-0.0, 1.5));
        row.put("none", null);
        assertThat(Json.write(row)).contains("\"kappa\" : 0.0,").contains("\"alpha\" : -4.4E-4")
                .contains("[ 0.0, 1.5 ]").contains("\"none\" : null").doesNotContain("-0.0,");
    }
}
