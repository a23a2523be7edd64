package org.zhedition.script;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the conversion stage did, for the build report: how often each rule applied in each
 * edition and which characters were repaired. Safe to share between the threads that convert
 * articles in parallel.
 */
public final class ConversionLog {
    /** One rule in one edition. */
    public record Use(String edition, Rule rule) {
    }

    private final Map<Use, LongAdder> ruleUses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> repairs = new ConcurrentHashMap<>();

    void ruleApplied(String edition, Rule rule) {
        ruleUses.computeIfAbsent(new Use(edition, rule), r -> new LongAdder()).increment();
    }

    void repaired(String edition, char from, String to) {
        repairs.computeIfAbsent(edition + " " + from + "→" + to, k -> new LongAdder()).increment();
    }

    /** Counts {@code n} uses of {@code rule} in {@code edition}, as recorded by an earlier build (incremental builds). */
    public void ruleApplied(String edition, Rule rule, long n) {
        ruleUses.computeIfAbsent(new Use(edition, rule), r -> new LongAdder()).add(n);
    }

    /** Counts {@code n} repairs under a key as {@link #repairs()} returns it (incremental builds). */
    public void repaired(String key, long n) {
        repairs.computeIfAbsent(key, k -> new LongAdder()).add(n);
    }

    /** Adds everything {@code other} recorded to this log. */
    public void addAll(ConversionLog other) {
        other.ruleUses.forEach((u, n) -> ruleApplied(u.edition(), u.rule(), n.sum()));
        other.repairs.forEach((k, n) -> repaired(k, n.sum()));
    }

    /** How often each rule applied in each edition; a rule that never applied in an edition is absent. */
    public Map<Use, Long> uses() {
        Map<Use, Long> out = new LinkedHashMap<>();
        ruleUses.forEach((u, n) -> out.put(u, n.sum()));
        return out;
    }

    /** How often each rule applied, all editions together; rules that never applied are absent. */
    public Map<Rule, Long> ruleUses() {
        Map<Rule, Long> out = new LinkedHashMap<>();
        ruleUses.forEach((u, n) -> out.merge(u.rule(), n.sum(), Long::sum));
        return out;
    }

    /** How often {@code rule} applied in {@code edition}. */
    public long uses(String edition, Rule rule) {
        LongAdder n = ruleUses.get(new Use(edition, rule));
        return n == null ? 0 : n.sum();
    }

    /** Repaired characters, e.g. {@code "zh-Hant 资→資" → 2}, sorted. */
    public Map<String, Long> repairs() {
        Map<String, Long> out = new TreeMap<>();
        repairs.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
