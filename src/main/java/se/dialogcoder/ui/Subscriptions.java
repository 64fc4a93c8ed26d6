package se.dialogcoder.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners a view has put on the view model, so they can all be removed when the view is replaced (the window
 * is rebuilt in another language): a replaced view must not go on reacting to every coding.
 */
public final class Subscriptions {
    private final List<Runnable> removers = new ArrayList<>();

    public <T> void on(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    public <E> void onList(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removers.add(() -> list.removeListener(listener));
    }

    /** Removes every listener added through this object. */
    public void dispose() {
        removers.forEach(Runnable::run);
        removers.clear();
    }
}
