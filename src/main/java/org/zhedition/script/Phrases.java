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
    private static final Phrases NONE = new Phrases(new LongestMatch<>(List.of()), null, List.of());
    /** This scope's phrases. */
    private final LongestMatch<Rule> index;
    /** The site's phrases under an article's (which override them for the same phrase), or null. */
    private final Phrases site;
    private final List<Rule> rules;
    /** The rules in force for each variant, indexed when first asked for (once per build for the site's). */
    private final Map<Variant, Phrases> byVariant = new java.util.concurrent.ConcurrentHashMap<>();

    private Phrases(LongestMatch<Rule> index, Phrases site, List<Rule> rules) {
        this.index = index;
        this.site = site;
        this.rules = rules;
    }

    /**
     * Only the rules that give {@code variant} a text ({@link Rule#textFor}), as MediaWiki keeps
     * one conversion table per variant: a rule for another region neither applies here nor, by
     * being longer, hides a shorter rule that does. Article rules still override site rules.
     */
    public Phrases forVariant(Variant variant) {
        return byVariant.computeIfAbsent(variant, v -> {
            List<Rule> own = new ArrayList<>();
            for (Rule rule : site == null ? rules : rules.subList(site.rules.size(), rules.size())) {
                if (rule.textFor(v) != null) {
                    own.add(rule);
                }
            }
            if (site == null) {
                return new Phrases(index(own), null, List.copyOf(own));
            }
            Phrases shared = site.forVariant(v);
            List<Rule> all = new ArrayList<>(shared.rules);
            all.addAll(own);
            return new Phrases(index(own), shared, List.copyOf(all));
        });
    }

    public static Phrases none() {
        return NONE;
    }

    /**
     * The site's rules, indexed once per build. The same phrase twice in them is an error: the
     * editor meant one.
     */
    public static Phrases site(List<Rule> site) {
        return new Phrases(index(site), null, List.copyOf(site));
    }

    /**
     * These (site) phrases with an article's own {@code rules}, which override site rules for the
     * same phrase: only the article's rules are indexed. The same phrase twice in the article is
     * an error.
     */
    public Phrases with(List<Rule> article) {
        if (site != null) {
            throw new IllegalStateException("an article's phrases go on the site's");
        }
        if (article.isEmpty()) {
            return this;
        }
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(article);
        return new Phrases(index(article), this, List.copyOf(all));
    }

    /** Site rules, then article rules over them: {@code site(site).with(article)}. */
    public static Phrases of(List<Rule> site, List<Rule> article) {
        return site(site).with(article);
    }

    /** Refuses the same phrase twice in one scope (the site's rules, or one article's), without indexing them. */
    public static void check(List<Rule> scope) {
        addScope(new LinkedHashMap<>(), scope);
    }

    private static LongestMatch<Rule> index(List<Rule> scope) {
        Map<String, Rule> byPhrase = new LinkedHashMap<>();
        addScope(byPhrase, scope);
        List<LongestMatch.Entry<Rule>> entries = new ArrayList<>();
        byPhrase.forEach((phrase, rule) -> entries.add(new LongestMatch.Entry<>(phrase, rule)));
        return new LongestMatch<>(entries);
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
        return index.isEmpty() && (site == null || site.isEmpty());
    }

    /** The first position from {@code from} on where a rule phrase may start, or the text's length. */
    public int nextCandidate(CharSequence text, int from) {
        int own = index.nextCandidate(text, from);
        return site == null ? own : Math.min(own, site.nextCandidate(text, from));
    }

    /** As {@link #nextCandidate(CharSequence, int)}, over {@code text}'s characters. */
    public int nextCandidate(char[] text, int from) {
        int own = index.nextCandidate(text, from);
        return site == null ? own : Math.min(own, site.nextCandidate(text, from));
    }

    /**
     * The longest rule phrase starting at {@code pos}, or null. Of an article's phrase and a
     * site phrase of the same length (the same phrase), the article's.
     */
    public LongestMatch.Entry<Rule> longestAt(CharSequence text, int pos) {
        LongestMatch.Entry<Rule> own = index.at(text, pos);
        if (site == null) {
            return own;
        }
        LongestMatch.Entry<Rule> shared = site.longestAt(text, pos);
        if (own == null) {
            return shared;
        }
        return shared != null && shared.phrase().length() > own.phrase().length() ? shared : own;
    }
}
