package org.zhedition.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhedition.lint.HalfWidth;
import org.zhedition.lint.Hit;

/**
 * The mechanical repairs of a scrape, counted per kind: half-width {@code , ! ? : ;} and
 * brackets next to Han text → full-width, {@code ......} → {@code ……} (the linter's safe fixes,
 * plus brackets). What needs judgement is left as it is.
 */
final class Repairs {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** {@code text} repaired; the repairs are counted. */
    String repair(String text) {
        List<Hit> hits = HalfWidth.find(text, true).stream().filter(Hit::safe).toList();
        StringBuilder out = new StringBuilder(text);
        for (int i = hits.size() - 1; i >= 0; i--) {
            Hit h = hits.get(i);
            out.replace(h.offset(), h.offset() + h.length(), h.replacement());
        }
        hits.forEach(h -> counts.merge(h.kind(), 1, Integer::sum));
        return out.toString();
    }

    /** How many of each kind ({@code ,→，}), in order of first occurrence. */
    Map<String, Integer> counts() {
        return new LinkedHashMap<>(counts);
    }
}
