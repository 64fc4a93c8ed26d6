package se.dialogcoder.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way the GUI runs work off the FX thread: the work runs on the worker (one thread, so work runs in the order
 * it was asked for and a query made after a change sees it), its result or its failure arrives on the FX thread.
 * Every view model goes through here; the window's progress and cancel (imports) travel inside the work.
 */
public final class Background {
    /** Work that may fail with a message for the user. */
    public interface Work<T> {
        T get() throws Exception;
    }

    private final Executor worker;
    private final Executor fx;
    private final Consumer<String> failed;
    private volatile Function<Exception, String> errorText =
            e -> e.getMessage() == null ? e.toString() : e.getMessage();

    /**
     * @param worker where the work runs
     * @param fx     where results and failures are handed over (the FX thread)
     * @param failed what to do with a failure, in words, when the caller gives nothing else
     */
    public Background(Executor worker, Executor fx, Consumer<String> failed) {
        this.worker = worker;
        this.fx = fx;
        this.failed = failed;
    }

    /** How failures are put into words (the window renders the lower layers' messages in its language). */
    public void setErrorText(Function<Exception, String> text) {
        errorText = text;
    }

    /** A failure in words for the user. */
    public String describe(Exception e) {
        return errorText.apply(e);
    }

    /** Runs {@code task} on the FX thread (after anything handed over before). */
    public void onFx(Runnable task) {
        fx.execute(task);
    }

    /** Runs work off the FX thread; the result on the FX thread, a failure to the default handler. */
    public <T> void run(Work<T> work, Consumer<T> onFx) {
        run(work, onFx, failed);
    }

    /** Runs work off the FX thread; the result, or the failure in words, on the FX thread. */
    public <T> void run(Work<T> work, Consumer<T> onFx, Consumer<String> onFailure) {
        attempt(work, onFx, e -> onFailure.accept(describe(e)));
    }

    /** Runs work off the FX thread; the result, or the exception itself, on the FX thread. */
    public <T> void attempt(Work<T> work, Consumer<T> onFx, Consumer<Exception> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (Exception e) {
                fx.execute(() -> onFailure.accept(e));
                return;
            }
            fx.execute(() -> onFx.accept(result));
        });
    }
}
