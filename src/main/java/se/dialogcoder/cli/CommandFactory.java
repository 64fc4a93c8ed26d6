package se.dialogcoder.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import se.dialogcoder.app.Services;
import se.dialogcoder.app.bench.Benchmark;
import se.dialogcoder.app.bench.CorpusGenerator;
import se.dialogcoder.app.Workspace;

/**
 * Creates the commands with the parts they ask for in their one constructor (constructor injection). The parts are
 * taken from the composition root once, when the factory is built: the {@link Workspace}, the {@link Benchmark},
 * every component of the {@code Analyses} and {@code Exchanges} records (a service added to a record is found without
 * a change here), and, made only when a command asks for {@code Supplier<CorpusGenerator>}, the corpus generator.
 * Everything else picocli creates (options, mixins, converters, the version provider, commands without parameters)
 * comes from picocli's own factory.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final Map<Class<?>, Object> parts = new HashMap<>();
    private final Map<Class<?>, Supplier<?>> made = new HashMap<>();
    /** How every command opens its PROJECT (given to each {@link BaseCommand} as it is made). */
    private final ProjectOption projects;

    CommandFactory(Services services) {
        put(Workspace.class, services.workspace());
        put(Benchmark.class, services.benchmark());
        putComponents(services.analyses());
        putComponents(services.exchanges());
        made.put(CorpusGenerator.class, services::corpusGenerator);
        this.projects = new ProjectOption(services.workspace(), ProjectOption.consolePrompt());
    }

    private void put(Class<?> type, Object part) {
        if (parts.put(type, part) != null) {
            throw new IllegalStateException("two parts of type " + type.getName() + "; a command could not tell "
                    + "which one it gets");
        }
    }

    private void putComponents(Record group) {
        for (RecordComponent c : group.getClass().getRecordComponents()) {
            try {
                put(c.getType(), c.getAccessor().invoke(group));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + group.getClass().getName(), e);
            }
        }
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<?>[] constructors = cls.getDeclaredConstructors();
        if (constructors.length != 1 || constructors[0].getParameterCount() == 0) {
            return withProjects(CommandLine.defaultFactory().create(cls));
        }
        Constructor<?> constructor = constructors[0];
        Type[] types = constructor.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = resolve(cls, types[i]);
        }
        constructor.setAccessible(true);
        return withProjects(cls.cast(constructor.newInstance(args)));
    }

    private <K> K withProjects(K made) {
        if (made instanceof BaseCommand command) {
            command.projects = projects;
        }
        return made;
    }

    /** The part of this type; a type nobody provides is a programming error in the command. */
    Object resolve(Class<?> cls, Type type) {
        Object part = null;
        if (type instanceof Class<?> c) {
            part = parts.get(c);
        } else if (type instanceof ParameterizedType p && p.getRawType() == Supplier.class
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            part = made.get(c);
        }
        if (part == null) {
            throw new IllegalStateException(cls.getName() + " asks for " + type.getTypeName()
                    + ", which the command line does not provide");
        }
        return part;
    }
}
