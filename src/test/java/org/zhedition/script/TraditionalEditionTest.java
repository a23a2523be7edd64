package org.zhedition.script;

import org.zhedition.edition.ConvertedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhedition.content.Article;

/** The Traditional edition is the author's text, with only the stray Simplified characters repaired. */
class TraditionalEditionTest {
    private final ConversionLog log = new ConversionLog();
    private final ConvertedArticle hant = FixtureContent.convert(Script.HANT, log);
    private final Article source = hant.article();

    @Test
    void bodyEqualsTheSourceExceptExactlyTheRepairedCharacters() {
        String in = source.body();
        String out = hant.body();
        assertEquals(in.length(), out.length());
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < in.length(); i++) {
            if (in.charAt(i) != out.charAt(i)) {
                changes.add(in.charAt(i) + "→" + out.charAt(i));
            }
        }
        assertEquals(List.of("跻→躋", "资→資"), changes);
        assertTrue(out.contains("有限資源") && out.contains("已躋身"));
    }

    @Test
    void theRepairsAreLoggedForTheReport() {
        assertEquals(Map.of("zh-Hant 资→資", 1L, "zh-Hant 跻→躋", 1L), log.repairs());
    }

    /** What phrase-level Simplified→Traditional would damage (展示瞭, 麵對, 臺灣, 羣, 佈) is untouched. */
    @Test
    void theAuthorsOwnVariantsAreKept() {
        for (String w : List.of("展示了", "面對", "台灣", "集群", "發布", "宣布")) {
            assertTrue(source.body().contains(w), "the article has " + w);
            assertEquals(count(source.body(), w), count(hant.body(), w), w);
        }
        for (String damaged : List.of("展示瞭", "麵對", "臺灣", "集羣", "宣佈")) {
            assertEquals(0, count(hant.body(), damaged), damaged);
        }
    }

    @Test
    void everyOtherFieldIsTheSourceUnchanged() {
        assertEquals(source.title(), hant.title());
        assertEquals(source.standfirst(), hant.standfirst());
        assertEquals(source.description(), hant.description());
        assertEquals(source.keywords(), hant.keywords());
        assertEquals(source.source(), hant.source());
        // A note's plain -{…}- (text kept as written) prints its text; nothing else changes.
        assertEquals(source.emendations().stream().map(e -> new org.zhedition.content.Article.Emendation(e.at(), e.was(),
                e.now(), e.note().replaceAll("-\\{((?!zh-)[^{}]*)\\}-", "$1"))).toList(), hant.emendations());
    }

    static int count(String s, String w) {
        int n = 0;
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
            n++;
        }
        return n;
    }
}
