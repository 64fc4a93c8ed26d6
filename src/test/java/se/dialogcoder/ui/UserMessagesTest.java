package se.dialogcoder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.dialogcoder.model.UserMessage;

/**
 * The messages of the lower layers ({@link UserMessage}) reach the user in the chosen language: every key the code
 * uses is in both bundles, the English bundle says what the code's English says (the command line prints that),
 * and the Swedish text uses the same arguments.
 */
class UserMessagesTest {
    /** {@code UserMessage.of("key", "English " + "pattern"} : the key and the literal parts of the English. */
    private static final Pattern USE = Pattern.compile(
            "UserMessage\\.of\\(\\s*\"([^\"]+)\"\\s*,\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)");
    private static final Pattern ANY_USE = Pattern.compile("UserMessage\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Map<String, String> used;
    private static Properties sv;
    private static Properties en;

    @BeforeAll
    static void read() throws Exception {
        used = new TreeMap<>();
        List<String> notLiteral = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = USE.matcher(code);
                int literal = 0;
                while (m.find()) {
                    StringBuilder english = new StringBuilder();
                    Matcher part = LITERAL.matcher(m.group(2));
                    while (part.find()) {
                        english.append(part.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                    }
                    String before = used.put(m.group(1), english.toString());
                    assertThat(before == null || before.contentEquals(english)).as("key %s has two English texts: "
                            + "%s / %s", m.group(1), before, english).isTrue();
                    literal++;
                }
                Matcher any = ANY_USE.matcher(code);
                int all = 0;
                while (any.find()) {
                    all++;
                }
                if (all != literal) {
                    notLiteral.add(f.getFileName().toString());
                }
            }
        }
        assertThat(notLiteral).as("UserMessage.of with an English text that is not a string literal (this test "
                + "could not check it)").isEmpty();
        assertThat(used).as("the code's user messages").hasSizeGreaterThan(150);
        sv = load("messages.properties");
        en = load("messages_en.properties");
    }

    @Test
    void everyKeyTheCodeUsesIsInBothLanguages() {
        assertThat(sv.stringPropertyNames()).as("keys missing in Swedish").containsAll(used.keySet());
        assertThat(en.stringPropertyNames()).as("keys missing in English").containsAll(used.keySet());
    }

    @Test
    void theEnglishBundleSaysWhatTheCodeSays() {
        used.forEach((key, english) -> assertThat(en.getProperty(key)).as(key).isEqualTo(english));
    }

    @Test
    void swedishUsesTheSameArgumentsAndEveryPatternFormats() {
        for (String key : used.keySet()) {
            assertThat(arguments(sv.getProperty(key))).as("arguments of %s", key)
                    .isEqualTo(arguments(en.getProperty(key)));
            for (Properties p : List.of(sv, en)) {
                String pattern = p.getProperty(key);
                assertThat(pattern.replace("''", "")).as("a lone apostrophe in %s hides text in MessageFormat", key)
                        .doesNotContain("'");
                Object[] args = {1, 12, 3, 4}; // numbers suit both {0} and {0,number,#}
                String text = new MessageFormat(pattern, Locale.ROOT).format(args);
                assertThat(text).as(key).doesNotContain("{");
            }
        }
    }

    @Test
    void aMessageIsShownInTheChosenLanguageWithNestedMessagesToo() {
        ResourceBundle svenska = Messages.bundle("sv");
        ResourceBundle english = Messages.bundle("en");
        UserMessage reason = UserMessage.of("err.import.empty", "the file is empty");
        UserMessage line = UserMessage.of("err.file", "{0}: {1}", "tom.txt", reason);
        assertThat(Messages.render(svenska, line)).isEqualTo("tom.txt: filen är tom");
        assertThat(Messages.render(english, line)).isEqualTo("tom.txt: the file is empty").isEqualTo(line.english());
        UserMessage newer = UserMessage.of("err.project.newer", "{0}: the project was saved by a newer DialogCoder "
                + "(file format version {1,number,#}; this version reads up to {2,number,#}). Update DialogCoder to "
                + "open it. The file was not changed.", "p.dcproj", 1234, 5);
        assertThat(Messages.render(svenska, newer)).startsWith("p.dcproj: projektet sparades av en nyare DialogCoder")
                .contains("version 1234;");
    }

    private static TreeSet<String> arguments(String pattern) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = UserMessagesTest.class.getResourceAsStream("/se/dialogcoder/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
