package se.dialogcoder.exchange;

import java.util.List;
import se.dialogcoder.model.UserMessage;

/**
 * A project whose selections would land on other words: in at least one source the positions fit no way of
 * counting (see {@link OffsetCheck}). Nothing is imported; the user may import again with the counting chosen
 * ({@link OffsetChoice}).
 */
public final class OffsetsException extends ExchangeException {
    private final transient List<UserMessage> sources;
    private final int codings;

    OffsetsException(String fileName, List<UserMessage> sources, int codings) {
        super(UserMessage.of("err.refi.offsets", "{0}: nothing was imported: in {1,number,#} source(s) the positions of "
                + "the selections fit no way of counting characters, so {2,number,#} coding(s) would land on other words "
                + "than in the program that wrote the file. {3}. If you know how that program counts, import again "
                + "with the counting chosen (command line: --offsets codepoints or --offsets utf16).", fileName,
                sources.size(), codings, join(sources)));
        this.sources = List.copyOf(sources);
        this.codings = codings;
    }

    private static UserMessage join(List<UserMessage> lines) {
        UserMessage out = lines.get(0);
        for (int i = 1; i < lines.size(); i++) {
            out = UserMessage.of("refi.offsets.and", "{0}; {1}", out, lines.get(i));
        }
        return out;
    }

    /** Each source that does not fit, with the reason. */
    public List<UserMessage> sources() {
        return sources;
    }

    /** How many codings those sources have. */
    public int codings() {
        return codings;
    }
}
