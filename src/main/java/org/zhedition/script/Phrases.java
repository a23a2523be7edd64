package org.zhedition.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhedition.input.ContentError;
import org.zhedition.text.LongestMatch;

/**
 * The rules in force for one article, indexed for longest-match lookup.
 *
 * <p>Rules are applied by this class, not by OpenCC4j's custom phrase tables: those share one
 * static segmentation trie across converters, so a phrase added later can be silently ignored.
 * Here every rule phrase is cut out of the text before OpenCC sees it.
 */
public final class Phrases {
    private final LongestMatch<Rule> index;
    private final List<Rule> rules;
    private final List<Rule> site;
    private final List<Rule> article;
    /** The rules in force for each variant, indexed when first asked for. */
    private final Map<Variant, Phrases> byVariant = new java.util.concurrent.ConcurrentHashMap<>();

    private Phrases(LongestMatch<Rule> index, List<Rule> rules, List<Rule> site, List<Rule> article) {
        this.index = index;
        this.rules = rules;
        this.site = site;
        this.article = article;
    }

    public static Phrases none() {
        return new Phrases(new LongestMatch<>(List.of()), List.of(), List.of(), List.of());
    }

    /**
     * Indexes {@code site} rules, then {@code article} rules, which override site rules for the
     * same phrase. The same phrase twice within one scope is an error: the editor meant one.
     */
    public static Phrases of(List<Rule> site, List<Rule> article) {
        Map<String, Rule> byPhrase = new LinkedHashMap<>();
        addScope(byPhrase, site);
        addScope(byPhrase, article);
        List<LongestMatch.Entry<Rule>> entries = new ArrayList<>();
        byPhrase.forEach((phrase, rule) -> entries.add(new LongestMatch.Entry<>(phrase, rule)));
        List<Rule> all = new ArrayList<>(site);
        all.addAll(article);
        return new Phrases(new LongestMatch<>(entries), List.copyOf(all), List.copyOf(site), List.copyOf(article));
    }

    /**
     * Only the rules that give {@code variant} a text ({@link Rule#textFor}), as MediaWiki keeps
     * one conversion table per variant: a rule for another region neither applies here nor, by
     * being longer, hides a shorter rule that does. Article rules still override site rules.
     */
    public Phrases forVariant(Variant variant) {
        return byVariant.computeIfAbsent(variant, v -> {
            Map<String, Rule> byPhrase = new LinkedHashMap<>();
            List<Rule> all = new ArrayList<>();
            for (List<Rule> scope : List.of(site, article)) {
                for (Rule rule : scope) {
                    if (rule.textFor(v) != null) {
                        rule.from().forEach(phrase -> byPhrase.put(phrase, rule));
                        all.add(rule);
                    }
                }
            }
            List<LongestMatch.Entry<Rule>> entries = new ArrayList<>();
            byPhrase.forEach((phrase, rule) -> entries.add(new LongestMatch.Entry<>(phrase, rule)));
            return new Phrases(new LongestMatch<>(entries), List.copyOf(all), List.of(), List.of());
        });
    }

    private static void addScope(Map<String, Rule> byPhrase, List<Rule> rules) {
        Map<String, Rule> seen = new HashMap<>();
        for (Rule rule : rules) {
            for (String phrase : rule.from()) {
                Rule earlier = seen.put(phrase, rule);
                if (earlier != null && !earlier.to().equals(rule.to())) {
                    throw new ContentError(rule.file(), rule.line(), "phrase '" + phrase + "' already has a rule at "
                            + earlier.origin(), "keep one rule for '" + phrase + "'");
                }
                byPhrase.put(phrase, rule);
            }
        }
    }

    /** Site rules, then article rules. */
    public List<Rule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return index.isEmpty();
    }

    /** The first position from {@code from} on where a rule phrase may start, or the text's length. */
    public int nextCandidate(CharSequence text, int from) {
        return index.nextCandidate(text, from);
    }

    /** The longest rule phrase starting at {@code pos}, or null. */
    public LongestMatch.Entry<Rule> longestAt(CharSequence text, int pos) {
        return index.at(text, pos);
    }
}
