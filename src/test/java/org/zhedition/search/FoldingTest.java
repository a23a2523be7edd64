package org.zhedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhedition.script.opencc.OpenccData;

/** The folding of both scripts to one key: what makes 蒸馏 find 蒸餾. */
class FoldingTest {
    private static Folding folding;

    @BeforeAll
    static void load() {
        folding = Folding.of(OpenccData.shared());
    }

    @Test
    void traditionalAndSimplifiedFoldToTheSameKey() {
        for (String[] pair : new String[][] {{"蒸餾", "蒸馏"}, {"晶片", "晶片"}, {"測試時間縮放", "测试时间缩放"},
                {"後來", "后来"}, {"麵條", "面条"}, {"臺灣", "台湾"}, {"發佈", "发布"}, {"著名", "着名"}, {"裡面", "里面"}}) {
            assertEquals(folding.fold(pair[0]), folding.fold(pair[1]), pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void regionalVariantCharactersFoldTogether() {
        // Hong Kong and Taiwan variant tables: 僞 (OpenCC's standard) and 偽 (Taiwan), 衞 and 衛.
        assertEquals(folding.fold("僞"), folding.fold("偽"));
        assertEquals(folding.fold("衞"), folding.fold("衛"));
    }

    @Test
    void differentWordsStayDifferent() {
        // Regional vocabulary is not a character folding: the variant groups handle it.
        assertNotEquals(folding.fold("晶片"), folding.fold("芯片"));
        assertNotEquals(folding.fold("蒸餾"), folding.fold("蒸發"));
    }

    @Test
    void latinFoldsCaseAndWidth() {
        assertEquals(folding.fold("deepseek"), folding.fold("DeepSeek"));
        assertEquals(folding.fold("AI"), folding.fold("ＡＩ"));
    }

    @Test
    void foldingIsIdempotentAndKeepsLength() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char k = folding.fold((char) c);
            assertEquals(k, folding.fold(k), "the key of U+" + Integer.toHexString(c) + " is its own key");
            assertFalse(Character.isSurrogate(k) && !Character.isSurrogate((char) c), "no surrogate from a BMP character");
        }
        String text = "DeepSeek衝擊美股和人工智能商業模式，或反映中美AI差距縮小";
        assertEquals(text.length(), folding.fold(text).length());
    }

    @Test
    void theShippedTableHasEveryCharacterThatFoldsToAKeyInUseAndNothingElse() {
        char key = folding.fold('馏');
        SortedMap<Character, Character> table = folding.tableFor(Set.of(key));
        assertTrue(table.containsKey('餾') || key == '餾', "餾 folds to the key of 馏");
        assertTrue(table.containsKey('馏') || key == '馏');
        table.forEach((c, k) -> assertEquals(key, (char) k, c + " folds to a key not in use"));
        assertTrue(table.size() < 6, "only 馏's class: " + table);
    }
}
