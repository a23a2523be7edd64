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

    /** Counts {@code n} uses of {@code rule}, as recorded by an earlier build (incremental builds). */
    public void ruleApplied(Rule rule, long n) {
        ruleUses.computeIfAbsent(rule, r -> new LongAdder()).add(n);
    }

    /** Counts {@code n} repairs under a key as {@link #repairs()} returns it (incremental builds). */
    public void repaired(String key, long n) {
        repairs.computeIfAbsent(key, k -> new LongAdder()).add(n);
    }

    /** Adds everything {@code other} recorded to this log. */
    public void addAll(ConversionLog other) {
        other.ruleUses.forEach((r, n) -> ruleApplied(r, n.sum()));
        other.repairs.forEach((k, n) -> repaired(k, n.sum()));
    }

    /** How often each rule applied; rules that never applied are absent. */
    public Map<Rule, Long> ruleUses() {
        Map<Rule, Long> out = new java.util.LinkedHashMap<>();
        ruleUses.forEach((r, n) -> out.put(r, n.sum()));
        return out;
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
