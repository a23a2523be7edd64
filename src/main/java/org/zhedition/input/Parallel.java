package org.zhedition.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Work on every core whose failure does not depend on which thread got there first: every item
 * is finished (and has written nothing more) before the first failure in the list's order is
 * thrown.
 */
public final class Parallel {
    private Parallel() {
    }

    /** An item's result or its failure. */
    private record Outcome<R>(R result, RuntimeException failure) {
    }

    /** {@code f} applied to each item, on every core; the results in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        List<Outcome<R>> outcomes = items.parallelStream().map(item -> {
            try {
                return new Outcome<>(f.apply(item), null);
            } catch (RuntimeException e) {
                return new Outcome<R>(null, e);
            }
        }).toList();
        List<R> out = new ArrayList<>(outcomes.size());
        for (Outcome<R> o : outcomes) {
            if (o.failure() != null) {
                throw o.failure();
            }
            out.add(o.result());
        }
        return out;
    }
}
