package org.zhedition.script.opencc;

import com.github.houbb.opencc4j.support.datamap.IDataMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * OpenCC4j's data seam, filled with the current OpenCC tables instead of the ones bundled in
 * OpenCC4j: TSPhrases, TSCharacters, STPhrases and STCharacters. OpenCC4j answers its per-character
 * questions ({@code toSimple(char)}, {@code toTraditional(char)}, {@code isSimple},
 * {@code isTraditional}) from these maps. Each table is read the first time it is asked for.
 */
final class OpenccDataMap implements IDataMap {
    private final OpenccData data;
    private final Supplier<Set<String>> traditional = memo(() -> chars(true));
    private final Supplier<Set<String>> simplified = memo(() -> chars(false));

    OpenccDataMap(OpenccData data) {
        this.data = data;
    }

    @Override
    public Map<String, List<String>> tsPhrase() {
        return data.dictionary("TSPhrases").entries();
    }

    @Override
    public Map<String, List<String>> tsChar() {
        return data.dictionary("TSCharacters").entries();
    }

    @Override
    public Map<String, List<String>> stPhrase() {
        return data.dictionary("STPhrases").entries();
    }

    @Override
    public Map<String, List<String>> stChar() {
        return data.dictionary("STCharacters").entries();
    }

    /** Characters of Traditional text: keys of the T→S tables and values of the S→T tables. */
    @Override
    public Set<String> tChars() {
        return traditional.get();
    }

    /** Characters of Simplified text: values of the T→S tables and keys of the S→T tables. */
    @Override
    public Set<String> sChars() {
        return simplified.get();
    }

    private Set<String> chars(boolean traditionalSide) {
        Set<String> out = new HashSet<>();
        for (Map<String, List<String>> ts : List.of(tsPhrase(), tsChar())) {
            ts.forEach((k, v) -> add(out, traditionalSide ? List.of(k) : v));
        }
        for (Map<String, List<String>> st : List.of(stPhrase(), stChar())) {
            st.forEach((k, v) -> add(out, traditionalSide ? v : List.of(k)));
        }
        return Set.copyOf(out);
    }

    private static void add(Set<String> out, Collection<String> texts) {
        for (String t : texts) {
            t.codePoints().forEach(cp -> out.add(Character.toString(cp)));
        }
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = supplier.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
