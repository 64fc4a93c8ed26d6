package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every UI string exists in Swedish and English: a key missing in either language fails the build. */
class MessagesTest {
    @Test
    void swedishAndEnglishHaveTheSameKeys() throws Exception {
        Properties sv = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).as("keys missing in English")
                .containsAll(sv.stringPropertyNames());
        assertThat(sv.stringPropertyNames()).as("keys missing in Swedish")
                .containsAll(en.stringPropertyNames());
        sv.forEach((k, v) -> assertThat(v.toString()).as("Swedish %s", k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("English %s", k).isNotBlank());
    }

    @Test
    void swedishIsTheDefaultAndEnglishIsSelectable() {
        assertThat(Messages.bundle(null).getString("menu.file")).isEqualTo("Arkiv");
        assertThat(Messages.bundle("sv").getString("menu.file")).isEqualTo("Arkiv");
        assertThat(Messages.bundle("en").getString("menu.file")).isEqualTo("File");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/se/dialogcoder/ui/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
