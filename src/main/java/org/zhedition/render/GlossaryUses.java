package org.zhedition.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.zhedition.content.ArticleDate;

/**
 * Which articles the glossary page links under an entry: the newest {@value #SHOWN} that use
 * the term, newest first by {@code date} and, for articles of the same moment, by slug (the home
 * page's order), and how many older ones there are besides (the page says 另有{n}篇較早的文章,
 * the {@code glossary_more} label).
 *
 * <p>Why not every one: the page used to link every place of use of every term. At 10,000
 * articles that was some 126 MB of HTML for one page, past the largest output Pebble will write,
 * and a reader looking up a word wants a few recent examples, not thousands of links. The site's
 * search, the tag pages and the home page still reach the older ones.
 */
final class GlossaryUses {
    /** How many articles an entry links to at most. */
    static final int SHOWN = 5;

    /**
     * The articles an entry shows, and the count of the others.
     *
     * @param shown the newest {@value #SHOWN} (or fewer), newest first
     * @param more  how many older articles use the term and are not shown; 0 for none
     */
    record Selection<T>(List<T> shown, int more) {
        Selection {
            shown = List.copyOf(shown);
        }
    }

    private GlossaryUses() {
    }

    /**
     * The newest {@value #SHOWN} of {@code uses}, one per article.
     *
     * @param uses each article's use of one term, in any order
     * @param date the article's {@code date}
     * @param slug the article's slug: equal moments in slug order, so the choice never depends on
     *             the order {@code uses} came in
     */
    static <T> Selection<T> newest(List<T> uses, Function<T, ArticleDate> date, Function<T, String> slug) {
        List<T> sorted = new ArrayList<>(uses);
        sorted.sort(Comparator.comparing((T u) -> date.apply(u).instant()).reversed().thenComparing(slug));
        int n = Math.min(SHOWN, sorted.size());
        return new Selection<>(sorted.subList(0, n), sorted.size() - n);
    }
}
