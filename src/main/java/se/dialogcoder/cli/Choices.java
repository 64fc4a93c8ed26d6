package se.dialogcoder.cli;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.dialogcoder.analysis.agreement.Level;
import se.dialogcoder.analysis.agreement.Weights;
import se.dialogcoder.app.teamwork.AgreementReport.Unit;

/** Lower-case option values (nominal, linear, character …) of the agreement commands; others are usage errors. */
final class Choices {
    private Choices() {
    }

    private static <T> T pick(String text, T[] all, Function<T, String> id) {
        for (T t : all) {
            if (id.apply(t).equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw new TypeConversionException("\"" + text + "\" is not one of "
                + Arrays.stream(all).map(id).collect(Collectors.joining(", ")));
    }

    static final class LevelChoice implements ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return pick(value, Level.values(), Level::id);
        }
    }

    static final class WeightsChoice implements ITypeConverter<Weights> {
        @Override
        public Weights convert(String value) {
            return pick(value, Weights.values(), Weights::id);
        }
    }

    static final class UnitChoice implements ITypeConverter<Unit> {
        @Override
        public Unit convert(String value) {
            return pick(value, Unit.values(), Unit::id);
        }
    }
}
