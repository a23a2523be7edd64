package org.zhedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhedition.content.ArticleDate;

/** The glossary page's choice of articles under an entry: the newest five, and how many besides. */
class GlossaryUsesTest {
    private record Use(String slug, ArticleDate date) {
    }

    private static Use use(String slug, int day) {
        return new Use(slug, new ArticleDate(LocalDate.of(2025, 1, day), null));
    }

    private static GlossaryUses.Selection<Use> newest(List<Use> uses) {
        return GlossaryUses.newest(uses, Use::date, Use::slug);
    }

    private static List<String> slugs(GlossaryUses.Selection<Use> s) {
        return s.shown().stream().map(Use::slug).toList();
    }

    @Test
    void fiveShown() {
        assertEquals(5, GlossaryUses.SHOWN);
    }

    @Test
    void sixArticlesShowTheNewestFiveAndOneMore() {
        List<Use> uses = List.of(use("a", 1), use("b", 2), use("c", 3), use("d", 4), use("e", 5), use("f", 6));
        GlossaryUses.Selection<Use> s = newest(uses);
        assertEquals(List.of("f", "e", "d", "c", "b"), slugs(s), "newest first; the oldest left out");
        assertEquals(1, s.more());
    }

    @Test
    void fiveArticlesShowAllAndNoMore() {
        List<Use> uses = List.of(use("a", 1), use("b", 2), use("c", 3), use("d", 4), use("e", 5));
        GlossaryUses.Selection<Use> s = newest(uses);
        assertEquals(List.of("e", "d", "c", "b", "a"), slugs(s));
        assertEquals(0, s.more());
    }

    @Test
    void fewerThanFiveShowAll() {
        assertEquals(List.of("b", "a"), slugs(newest(List.of(use("a", 1), use("b", 2)))));
        assertEquals(0, newest(List.of(use("a", 1))).more());
        assertEquals(List.of(), slugs(newest(List.of())));
    }

    /** By the moment (a day alone is midnight UTC), equal moments by slug, whatever order the uses came in. */
    @Test
    void newestByTheMomentTiesBySlugInAnyInputOrder() {
        List<Use> uses = new ArrayList<>(List.of(
                use("m", 10), use("k", 10), use("z", 10),
                // 09:30 in Taipei on the 12th is 01:30 UTC, after midnight UTC of the 12th.
                new Use("t", new ArticleDate(LocalDate.of(2025, 1, 12),
                        OffsetDateTime.of(2025, 1, 12, 9, 30, 0, 0, ZoneOffset.ofHours(8)))),
                use("u", 12),
                // 07:00 in Taipei on the 12th is 23:00 UTC of the 11th.
                new Use("w", new ArticleDate(LocalDate.of(2025, 1, 12),
                        OffsetDateTime.of(2025, 1, 12, 7, 0, 0, 0, ZoneOffset.ofHours(8)))),
                use("a", 3), use("b", 3)));
        Random random = new Random(18);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(uses, random);
            GlossaryUses.Selection<Use> s = newest(uses);
            assertEquals(List.of("t", "u", "w", "k", "m"), slugs(s), "input order " + uses);
            assertEquals(3, s.more());
        }
    }
}
