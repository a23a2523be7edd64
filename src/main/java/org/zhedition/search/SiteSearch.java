package org.zhedition.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zhedition.content.Article;
import org.zhedition.content.Content;
import org.zhedition.edition.Edition;
import org.zhedition.glossary.Term;
import org.zhedition.script.Rule;
import org.zhedition.script.Script;
import org.zhedition.script.opencc.OpenccData;

/**
 * The search stage: each edition's index script ({@link SearchIndex}), from the articles' search
 * documents ({@link SearchDocument#of}, made as each article is published) and the glossary.
 */
public final class SiteSearch {
    private SiteSearch() {
    }

    /**
     * Every index file of the site, by path.
     *
     * @param articles each edition's articles' search documents, in the home page's order
     */
    public static SortedMap<String, byte[]> files(Content content, Map<String, Edition> editions,
            Map<String, List<SearchDocument>> articles) {
        Folding folding = Folding.of(OpenccData.shared());
        SearchIndex.Variants variants = SearchIndex.Variants.of(variantGroups(content, editions), folding);
        // Each edition's index on its own core.
        List<Edition> all = List.copyOf(editions.values());
        List<byte[]> indexes = all.parallelStream().map(e -> {
            List<SearchDocument> docs = new ArrayList<>(articles.get(e.id()));
            docs.add(SearchDocument.glossary(e));
            return SearchIndex.of(e.spec(), docs, variants, folding);
        }).toList();
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            out.put(SearchIndex.path(all.get(i).id()), indexes.get(i));
        }
        return out;
    }

    /**
     * The phrases the site itself says are one word: each conversion rule's phrases (the site's
     * and every article's: 晶片 and 芯片, 高階晶片 and 高端芯片) and each glossary entry's headword
     * and aliases in both editions, those written in Han characters: Latin aliases are names and
     * abbreviations that share a note without being one word (72B and 405B, R1 and DeepSeek-R1).
     */
    static List<List<String>> variantGroups(Content content, Map<String, Edition> editions) {
        List<List<String>> groups = new ArrayList<>();
        List<Rule> rules = new ArrayList<>(content.rules());
        for (Article a : content.articles()) {
            rules.addAll(a.rules());
        }
        for (Rule r : rules) {
            List<String> g = new ArrayList<>(r.from());
            new TreeMap<>(r.to()).values().forEach(g::add);
            groups.add(g);
        }
        Map<String, List<String>> byId = new TreeMap<>();
        for (Edition e : editions.values()) {
            for (Term t : e.glossary().terms()) {
                t.forms().stream().filter(SiteSearch::han)
                        .forEach(f -> byId.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(f));
            }
        }
        groups.addAll(byId.values());
        return groups;
    }

    /** Whether a phrase has Han characters only. */
    static boolean han(String phrase) {
        return !phrase.isEmpty() && phrase.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
