package se.dialogcoder.store.postgres;

import java.util.List;
import java.util.Optional;
import se.dialogcoder.model.UserMessage;
import se.dialogcoder.store.PulledCopy;
import se.dialogcoder.store.StoreException;

/** A team project on a server is no pulled copy: it has no origin and no baseline, and records none. */
final class PgPulledCopy implements PulledCopy {
    @Override
    public Optional<Origin> origin() {
        return Optional.empty();
    }

    @Override
    public List<Entry> baseline() {
        return List.of();
    }

    @Override
    public void record(Origin origin, List<Entry> baseline) throws StoreException {
        throw new StoreException(UserMessage.of("err.sync.serverIsNoCopy", "A team project on a server is not a "
                + "pulled copy; only a project file records where it was pulled from."));
    }
}
