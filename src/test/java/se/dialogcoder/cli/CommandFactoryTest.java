package se.dialogcoder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.dialogcoder.app.AppPaths;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.Workspace;
import se.dialogcoder.app.bench.CorpusGenerator;

/** Every command gets the parts it asks for from the one composition root; asking for an unknown part fails loudly. */
class CommandFactoryTest {
    @TempDir
    Path dir;

    private Services services;

    @BeforeEach
    void setUp() {
        services = new Services(new AppPaths(dir.resolve("home")));
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!all.contains(sub)) {
                all.add(sub);
                collect(sub, all);
            }
        }
    }

    @Test
    void everySubcommandIsCreatedWithEveryPartItAsksFor() throws Exception {
        List<CommandLine> all = new ArrayList<>();
        collect(Cli.commandLine(services), all);
        assertThat(all).hasSizeGreaterThan(25);
        int injected = 0;
        for (CommandLine sub : all) {
            Object command = sub.getCommandSpec().userObject();
            assertThat(command).as(sub.getCommandName()).isNotNull();
            assertThat(command.getClass().isAnnotationPresent(Command.class)).as(sub.getCommandName()).isTrue();
            for (Class<?> c = command.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isPrivate(m) && Modifier.isFinal(m) && !Modifier.isStatic(m)) {
                        f.setAccessible(true);
                        assertThat(f.get(command)).as(sub.getCommandName() + "." + f.getName()).isNotNull();
                        injected++;
                    }
                }
            }
        }
        assertThat(injected).as("parts handed to the commands").isGreaterThan(25);
    }

    @Test
    void aCommandGetsTheVeryServicesOfTheCompositionRoot() throws Exception {
        CommandLine root = Cli.commandLine(services);
        SearchCommand search = root.getSubcommands().get("search").getCommand();
        assertThat(field(search, "search")).isSameAs(services.analyses().search());
        CodeCommand code = root.getSubcommands().get("code").getCommand();
        assertThat(field(code, "workspace")).isSameAs(services.workspace());
        assertThat(field(code, "passageCoding")).isSameAs(services.analyses().passageCoding());
        SetsCommand.Add add = root.getSubcommands().get("sets").getSubcommands().get("add").getCommand();
        assertThat(field(add, "workspace")).isSameAs(services.workspace());
    }

    @Test
    void everyServiceOfTheGroupsCanBeAskedFor() throws Exception {
        CommandFactory factory = new CommandFactory(services);
        for (Record group : List.of(services.analyses(), services.exchanges())) {
            for (RecordComponent c : group.getClass().getRecordComponents()) {
                assertThat(factory.resolve(Object.class, c.getGenericType())).as(c.getName())
                        .isSameAs(c.getAccessor().invoke(group));
            }
        }
        assertThat(factory.resolve(Object.class, Workspace.class)).isSameAs(services.workspace());
        Object generator = factory.resolve(Object.class, GeneratorUser.class.getDeclaredConstructors()[0]
                .getGenericParameterTypes()[0]);
        assertThat(((Supplier<?>) generator).get()).isInstanceOf(CorpusGenerator.class);
    }

    @Test
    void aPartNobodyProvidesIsAProgrammingErrorNamingTheCommandAndTheType() {
        CommandFactory factory = new CommandFactory(services);
        assertThatThrownBy(() -> factory.create(WantsAString.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(WantsAString.class.getName()).hasMessageContaining("java.lang.String");
        // picocli creates a subcommand when it is first used: walking them (as the test above does) creates each
        CommandLine sub = new CommandLine(new Parent(), factory).getSubcommands().get("wants-a-string");
        assertThatThrownBy(() -> sub.getCommandSpec().userObject())
                .hasStackTraceContaining(WantsAString.class.getName() + " asks for java.lang.String");
    }

    @Test
    void whatHasNoConstructorParametersComesFromPicocli() throws Exception {
        CommandFactory factory = new CommandFactory(services);
        assertThat(factory.create(InfoCommand.class)).isInstanceOf(InfoCommand.class);
        assertThat(factory.create(List.class)).isInstanceOf(List.class);
    }

    private static Object field(Object command, String name) throws Exception {
        for (Class<?> c = command.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    f.setAccessible(true);
                    return f.get(command);
                }
            }
        }
        throw new NoSuchFieldException(name);
    }

    @Command(name = "wants-a-string")
    static final class WantsAString implements Runnable {
        private final String text;

        WantsAString(String text) {
            this.text = text;
        }

        @Override
        public void run() {
            System.out.println(text);
        }
    }

    @Command(name = "parent", subcommands = WantsAString.class)
    static final class Parent implements Runnable {
        @Override
        public void run() {
        }
    }

    static final class GeneratorUser {
        GeneratorUser(Supplier<CorpusGenerator> generator) {
        }
    }
}
