package org.zhedition.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.zhedition.content.Content;
import org.zhedition.edition.PublishedArticle;
import org.zhedition.glossary.Term;
import org.zhedition.incremental.SiteStamp;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.Rule;
import org.zhedition.script.Script;

/**
 * What a build did: counts, warnings, rule and repair statistics and stage times. The summary is
 * short; {@link #details()} is the full build report an editor asks for with {@code --report}.
 */
public final class Report {
    /** Counted 1 when the build found its inputs and site/ as the last build left them, and did nothing. */
    public static final String UP_TO_DATE = "up to date";
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    /** Adds the time since {@code start} to {@code stage}; returns now. */
    public long time(String stage, long start) {
        long now = System.nanoTime();
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(now - start);
        return now;
    }

    void count(String what, long n) {
        counts.put(what, n);
    }

    public long count(String what) {
        return counts.getOrDefault(what, 0L);
    }

    synchronized void warn(String warning) {
        warnings.add(warning);
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    public synchronized List<String> details() {
        return List.copyOf(details);
    }

    /** Milliseconds spent per stage, summed over threads. */
    public Map<String, Double> stageMillis() {
        Map<String, Double> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
        return out;
    }

    synchronized void conversion(Content content, ConversionLog log) {
        List<Rule> rules = new ArrayList<>(content.rules());
        content.articles().forEach(a -> rules.addAll(a.rules()));
        for (Rule r : rules) {
            long n = log.uses(r);
            details.add("rule " + r.origin() + " " + r.text() + " ×" + n);
            if (n == 0) {
                warnings.add(r.origin() + ": rule '" + r.text() + "' matched nothing");
            }
        }
        log.repairs().forEach((k, v) -> details.add("repaired " + k + " ×" + v));
        counts.put("repairs", log.repairs().values().stream().mapToLong(Long::longValue).sum());
        counts.put("rules", (long) rules.size());
    }

    synchronized void glossary(Content content, Map<Script, List<PublishedArticle>> articles) {
        Map<String, Long> used = new LinkedHashMap<>();
        for (Script s : Script.values()) {
            long notes = 0;
            for (PublishedArticle a : articles.get(s)) {
                for (PublishedArticle.Mark n : a.marks()) {
                    used.merge(s.tag() + " " + n.term(), 1L, Long::sum);
                    notes++;
                }
            }
            counts.put("notes " + s.tag(), notes);
        }
        for (Term t : content.glossary().terms()) {
            long hant = used.getOrDefault(Script.HANT.tag() + " " + t.id(), 0L);
            long hans = used.getOrDefault(Script.HANS.tag() + " " + t.id(), 0L);
            details.add("term " + t.id() + " ×" + hant + " " + Script.HANT.tag() + ", ×" + hans + " " + Script.HANS.tag());
            if (hant == 0 && hans == 0) {
                warnings.add(t.file() + ":" + t.line() + ": glossary term '" + t.term() + "' occurs in no article");
            } else if (hant != hans) {
                // The conversion changed the term's spelling in context: the editions differ.
                warnings.add(t.file() + ":" + t.line() + ": glossary term '" + t.term() + "' is marked " + hant + " time(s) in "
                        + Script.HANT.tag() + " but " + hans + " in " + Script.HANS.tag());
            }
        }
        counts.put("terms", (long) content.glossary().terms().size());
    }

    /** What this report says, for a later build that finds nothing changed ({@link SiteStamp}). */
    public synchronized SiteStamp.Recorded recorded() {
        return new SiteStamp.Recorded(new TreeMap<>(counts), List.copyOf(warnings), List.copyOf(details));
    }

    /**
     * The report of a build that found nothing changed: what the build that made the site said
     * (its warnings and details again), every article's pages kept, none converted.
     */
    static Report upToDate(SiteStamp.Recorded recorded) {
        Report r = new Report();
        r.counts.putAll(recorded.counts());
        r.warnings.addAll(recorded.warnings());
        r.details.addAll(recorded.details());
        long articles = r.count("articles");
        r.counts.put("converted", 0L);
        r.counts.put("reused", articles);
        r.counts.put("pages kept", articles);
        r.counts.put(UP_TO_DATE, 1L);
        return r;
    }

    /** The short summary printed after every build that took {@code millis}. */
    public String summary(long millis) {
        if (count(UP_TO_DATE) == 1) {
            return String.format(java.util.Locale.ROOT,
                    "Nothing changed since the last build: site/ is up to date (%d article(s) × 2 editions, %d files)"
                            + " in %d ms; %d warning(s)", count("articles"), count("files"), millis, warnings().size());
        }
        return String.format(java.util.Locale.ROOT,
                "Built %d article(s) × 2 editions: %d files in %d ms; %d glossary terms, %d/%d notes (zh-Hant/zh-Hans);"
                        + " %d conversion rules, %d characters repaired; %s; %d warning(s)",
                count("articles"), count("files"), millis, count("terms"), count("notes zh-Hant"), count("notes zh-Hans"),
                count("rules"), count("repairs"), feeds(), warnings().size());
    }

    /** What the summary says about feeds: how many, or why there are none. */
    String feeds() {
        long n = count("feeds");
        return n == 0 ? "feeds skipped: set base_url in content/site.yaml" : n + " Atom feeds";
    }
}
