package org.zhedition.search;

import org.zhedition.script.EditionSpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhedition.script.Script;
import org.zhedition.script.opencc.OpenccData;
import org.zhedition.search.SearchDocument.Part;

/** The index script: its content, its escaping, and that its bytes depend on the content only. */
class SearchIndexTest {
    private static Folding folding;

    @BeforeAll
    static void load() {
        folding = Folding.of(OpenccData.shared());
    }

    private static List<SearchDocument> docs() {
        return List.of(
                new SearchDocument("zh-Hant/a.html", "甲文", false, List.of(
                        new Part("", "title", "甲文 導語", List.of()),
                        new Part("p1", "p", "知識蒸餾技術與高階晶片。", List.of()),
                        new Part("p2", "p", "</script><b>\"引號\"</b> & \u2028", List.of()))),
                new SearchDocument("zh-Hant/b.html", "乙文", false, List.of(
                        new Part("p1", "p", "縮水超1萬億美元", List.of()))),
                new SearchDocument("zh-Hant/glossary.html", "詞彙表", true, List.of(
                        new Part("distillation", "entry", "蒸馏（知识蒸馏）：……", List.of("蒸馏", "知识蒸馏")))));
    }

    private static SearchIndex.Variants variants() {
        return SearchIndex.Variants.of(List.of(List.of("晶片", "芯片"), List.of("高階晶片", "高端芯片"), List.of("72B", "72B"),
                List.of("甲")), folding);
    }

    static JsonObject parse(byte[] script) {
        String s = new String(script, StandardCharsets.UTF_8);
        return JsonParser.parseString(s.substring(s.indexOf("] = {") + 4, s.lastIndexOf(';'))).getAsJsonObject();
    }

    @Test
    void everyCharacterAndEveryPairOfTheFoldedTextsIsIndexedWithItsDocuments() {
        JsonObject index = parse(SearchIndex.of(EditionSpec.of(Script.HANT), docs(), variants(), folding));
        JsonObject grams = index.getAsJsonObject("grams");
        List<SearchDocument> docs = docs();
        for (int d = 0; d < docs.size(); d++) {
            for (Part p : docs.get(d).parts()) {
                String f = folding.fold(p.text());
                for (int i = 0; i < f.length(); i++) {
                    if (Character.isWhitespace(f.charAt(i))) {
                        continue;
                    }
                    List<String> keys = new ArrayList<>(List.of(f.substring(i, i + 1)));
                    if (i + 1 < f.length() && !Character.isWhitespace(f.charAt(i + 1))) {
                        keys.add(f.substring(i, i + 2));
                    }
                    for (String k : keys) {
                        assertTrue(grams.has(k), "indexed: " + k);
                        assertTrue(grams.getAsJsonArray(k).toString().matches(".*[\\[,]" + d + "[\\],].*"), k + " names document " + d);
                    }
                }
            }
        }
        // 蒸馏 typed in Simplified, folded, is a pair of the index (the Traditional text's).
        assertTrue(grams.has(folding.fold("蒸馏")));
        assertEquals("[0,2]", grams.getAsJsonArray(folding.fold("蒸馏")).toString());
        assertFalse(grams.has(folding.fold("芯片")), "芯片 is not in the text: the variant groups find it");
    }

    @Test
    void theFoldingTableFoldsEveryCharacterOfTheTextsThatHasAnotherForm() {
        JsonObject index = parse(SearchIndex.of(EditionSpec.of(Script.HANT), docs(), variants(), folding));
        String fold = index.get("fold").getAsString();
        assertEquals(0, fold.length() % 2);
        String pairs = "";
        for (int i = 0; i < fold.length(); i += 2) {
            assertEquals(folding.fold(fold.charAt(i)), fold.charAt(i + 1));
            pairs += fold.charAt(i);
        }
        for (char c : "餾馏識识縮缩億亿".toCharArray()) {
            assertTrue(pairs.indexOf(c) >= 0 || folding.fold(c) == c, c + " is in the table");
        }
    }

    @Test
    void variantGroupsAreFoldedSortedAndOnlyOfRealAlternatives() {
        JsonArray syn = parse(SearchIndex.of(EditionSpec.of(Script.HANT), docs(), variants(), folding)).getAsJsonArray("syn");
        assertEquals(2, syn.size(), "晶片/芯片 and 高階晶片/高端芯片; a group of one phrase or of one character is none: " + syn);
        assertTrue(syn.toString().contains("\"" + folding.fold("芯片") + "\""));
        assertTrue(syn.toString().contains("\"" + folding.fold("高端芯片") + "\""));
    }

    @Test
    void glossaryFormsAreTheRankingTerms() {
        JsonArray terms = parse(SearchIndex.of(EditionSpec.of(Script.HANT), docs(), variants(), folding)).getAsJsonArray("terms");
        List<String> expected = new ArrayList<>(List.of(folding.fold("蒸餾"), folding.fold("知識蒸餾")));
        assertFalse(expected.contains("知识蒸馏"), "the test needs a form that folding changes");
        expected.sort(null);
        assertEquals(new com.google.gson.Gson().toJson(expected), sorted(terms));
    }

    private static String sorted(JsonArray a) {
        List<String> s = new ArrayList<>();
        a.forEach(e -> s.add(e.getAsString()));
        s.sort(null);
        return new com.google.gson.Gson().toJson(s);
    }

    @Test
    void contentIsEscapedAndTheScriptIsPlainJavaScript() {
        byte[] script = SearchIndex.of(EditionSpec.of(Script.HANT), docs(), variants(), folding);
        String s = new String(script, StandardCharsets.UTF_8);
        assertFalse(s.contains("</script"), "no </script");
        assertFalse(s.contains("<b>"));
        assertFalse(s.contains("\u2028"), "no raw line separator");
        assertTrue(s.contains("\\u003c/script\\u003e"));
        assertTrue(s.startsWith("/* zhedition search index, zh-Hant"));
        assertTrue(s.contains("(window.zheditionSearch = window.zheditionSearch || {})[\"zh-Hant\"] = {"));
        // The text comes back exactly, once parsed.
        JsonObject index = parse(script);
        assertEquals("</script><b>\"引號\"</b> & \u2028",
                index.getAsJsonArray("docs").get(0).getAsJsonObject().getAsJsonArray("p").get(2).getAsJsonArray().get(2).getAsString());
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        byte[] a = SearchIndex.of(EditionSpec.of(Script.HANT), docs(), variants(), folding);
        List<List<String>> reversed = new ArrayList<>(List.of(List.of("高端芯片", "高階晶片"), List.of("芯片", "晶片")));
        byte[] b = SearchIndex.of(EditionSpec.of(Script.HANT), docs(), SearchIndex.Variants.of(reversed, folding), folding);
        assertArrayEquals(a, b, "variant groups in another order give the same index");
        assertArrayEquals(a, SearchIndex.of(EditionSpec.of(Script.HANT), docs(), variants(), Folding.of(OpenccData.shared())));
    }
}
