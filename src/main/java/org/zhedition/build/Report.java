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
import org.zhedition.script.EditionSpec;

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
    /** The editions' ids, for the summary. */
    private final List<String> editionIds = new ArrayList<>();

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

    /**
     * The vocabulary's work: for every rule how often it applied (with the count per edition when
     * it applied in more than one), for every edition each group's entries that applied and how
     * often, and a warning for a rule that matched nothing anywhere, or nothing in an edition it
     * gives a word to while it applied in another.
     */
    synchronized void conversion(Content content, ConversionLog log) {
        List<Rule> rules = new ArrayList<>(content.rules());
        content.articles().forEach(a -> rules.addAll(a.rules()));
        List<EditionSpec> editions = content.site().editions();
        // Every rule's count in one pass over the log: asking the log rule by rule scanned all its
        // entries each time, quadratic in the rules (over 600 s at 10,000 articles).
        Map<Rule, Long> total = log.ruleUses();
        for (Rule r : rules) {
            long n = total.getOrDefault(r, 0L);
            List<String> per = new ArrayList<>();
            for (EditionSpec e : editions) {
                long k = log.uses(e.id(), r);
                if (k > 0) {
                    per.add(e.id() + " ×" + k);
                }
            }
            boolean applies = editions.stream().anyMatch(e -> r.textFor(e.variant()) != null && !writtenIn(content, e));
            details.add("rule " + r.origin() + " " + r.text() + " ×" + n + (per.size() > 1 ? " (" + String.join(", ", per) + ")" : "")
                    + (applies ? "" : " (no edition of this site prints it)"));
            if (!applies) {
                continue;  // a rule for a region the site has no edition for, e.g. zh-tw in a two-edition site
            }
            if (n == 0) {
                warnings.add(r.origin() + ": rule '" + r.text() + "' matched nothing");
                continue;
            }
            for (EditionSpec e : editions) {
                if (r.textFor(e.variant()) != null && log.uses(e.id(), r) == 0 && !writtenIn(content, e)) {
                    warnings.add(r.origin() + ": rule '" + r.text() + "' matched nothing in " + e.id() + " (it applied in "
                            + String.join(", ", per) + ")");
                }
            }
        }
        for (EditionSpec e : editions) {
            Map<String, long[]> groups = new TreeMap<>();
            for (Rule r : rules) {
                long k = log.uses(e.id(), r);
                if (k > 0) {
                    long[] g = groups.computeIfAbsent(r.group(), x -> new long[2]);
                    g[0]++;
                    g[1] += k;
                }
            }
            long entries = 0;
            long uses = 0;
            for (Map.Entry<String, long[]> g : groups.entrySet()) {
                details.add("vocabulary " + e.id() + " " + g.getKey() + ": " + g.getValue()[0] + " entries ×" + g.getValue()[1]);
                entries += g.getValue()[0];
                uses += g.getValue()[1];
            }
            counts.put("vocabulary entries " + e.id(), entries);
            counts.put("vocabulary uses " + e.id(), uses);
        }
        log.repairs().forEach((k, v) -> details.add("repaired " + k + " ×" + v));
        counts.put("repairs", log.repairs().values().stream().mapToLong(Long::longValue).sum());
        counts.put("rules", (long) rules.size());
        counts.put("editions", (long) editions.size());
        editionIds.clear();
        editions.forEach(e -> editionIds.add(e.id()));
    }

    /** Whether every article is printed as written in {@code edition} (no rule ever applies there). */
    private static boolean writtenIn(Content content, EditionSpec edition) {
        return content.articles().stream().allMatch(a -> edition.asWritten(a.script()));
    }

    synchronized void glossary(Content content, Map<String, List<PublishedArticle>> articles) {
        Map<String, Long> used = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(articles.keySet());
        for (String s : ids) {
            long notes = 0;
            for (PublishedArticle a : articles.get(s)) {
                for (PublishedArticle.Mark n : a.marks()) {
                    used.merge(s + " " + n.term(), 1L, Long::sum);
                    notes++;
                }
            }
            counts.put("notes " + s, notes);
        }
        for (Term t : content.glossary().terms()) {
            List<String> per = new ArrayList<>();
            long total = 0;
            for (String s : ids) {
                long k = used.getOrDefault(s + " " + t.id(), 0L);
                per.add("×" + k + " " + s);
                total += k;
            }
            details.add("term " + t.id() + " " + String.join(", ", per));
            if (total == 0) {
                warnings.add(t.file() + ":" + t.line() + ": glossary term '" + t.term() + "' occurs in no article");
                continue;
            }
            String first = ids.get(0);
            long n0 = used.getOrDefault(first + " " + t.id(), 0L);
            for (String s : ids.subList(1, ids.size())) {
                long k = used.getOrDefault(s + " " + t.id(), 0L);
                if (k != n0) {
                    // The conversion changed the term's spelling in context: the editions differ.
                    warnings.add(t.file() + ":" + t.line() + ": glossary term '" + t.term() + "' is marked " + n0 + " time(s) in "
                            + first + " but " + k + " in " + s);
                }
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
     * (its warnings and details again), every article's pages kept, none converted or linted.
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
        r.counts.put("linted", 0L);
        r.counts.put(UP_TO_DATE, 1L);
        return r;
    }

    /** The short summary printed after every build that took {@code millis}. */
    public String summary(long millis) {
        long editions = Math.max(1, count("editions"));
        if (count(UP_TO_DATE) == 1) {
            return String.format(java.util.Locale.ROOT,
                    "Nothing changed since the last build: site/ is up to date (%d article(s) × %d editions, %d files)"
                            + " in %d ms; %d warning(s)", count("articles"), editions, count("files"), millis, warnings().size());
        }
        List<String> notes = new ArrayList<>();
        List<String> vocabulary = new ArrayList<>();
        List<String> ids;
        synchronized (this) {
            ids = List.copyOf(editionIds);
        }
        for (String id : ids) {
            notes.add(String.valueOf(count("notes " + id)));
            if (count("vocabulary uses " + id) > 0) {
                vocabulary.add(id + " " + count("vocabulary entries " + id) + " entries ×" + count("vocabulary uses " + id));
            }
        }
        return String.format(java.util.Locale.ROOT,
                "Built %d article(s) × %d editions: %d files in %d ms; %d glossary terms, %s notes (%s);"
                        + " %d conversion rules%s, %d characters repaired; %s; %d warning(s)",
                count("articles"), editions, count("files"), millis, count("terms"), String.join("/", notes), String.join("/", ids),
                count("rules"), vocabulary.isEmpty() ? "" : " (applied: " + String.join(", ", vocabulary) + ")", count("repairs"),
                feeds(), warnings().size());
    }

    /** What the summary says about feeds: how many, or why there are none. */
    String feeds() {
        long n = count("feeds");
        return n == 0 ? "feeds skipped: set base_url in content/site.yaml" : n + " Atom feeds";
    }
}
