package org.zhedition.script;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the conversion stage did, for the build report: how often each rule applied and which
 * characters were repaired. Safe to share between the threads that convert articles in parallel.
 */
public final class ConversionLog {
    private final Map<Rule, LongAdder> ruleUses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> repairs = new ConcurrentHashMap<>();

    void ruleApplied(Rule rule) {
        ruleUses.computeIfAbsent(rule, r -> new LongAdder()).increment();
    }

    void repaired(Script edition, char from, String to) {
        repairs.computeIfAbsent(edition.tag() + " " + from + "→" + to, k -> new LongAdder()).increment();
    }

    public long uses(Rule rule) {
        LongAdder n = ruleUses.get(rule);
        return n == null ? 0 : n.sum();
    }

    /** Repaired characters, e.g. {@code "zh-Hant 资→資" → 2}, sorted. */
    public Map<String, Long> repairs() {
        Map<String, Long> out = new TreeMap<>();
        repairs.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
