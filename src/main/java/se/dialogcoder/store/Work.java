package se.dialogcoder.store;

/** A piece of work against the project inside one unit of work (one transaction). */
@FunctionalInterface
public interface Work<T> {
    T run(UnitOfWork u) throws StoreException;
}
