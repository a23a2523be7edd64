package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharactersTest {
    @ParameterizedTest
    @ValueSource(chars = {'资', '跻', '发', '说', '这', '镟'})
    void simplifiedOnly(char c) {
        assertTrue(Characters.simplifiedOnly(c), String.valueOf(c));
        assertFalse(Characters.traditionalOnly(c), String.valueOf(c));
    }

    @ParameterizedTest
    @ValueSource(chars = {'資', '躋', '麵', '臺', '羣', '幹', '佈', '裡', '衞', '敍', '衹'})
    void traditionalOnlyIncludingHongKongForms(char c) {
        assertTrue(Characters.traditionalOnly(c), String.valueOf(c));
        assertFalse(Characters.simplifiedOnly(c), String.valueOf(c));
    }

    /** In both tables, or written alike in both scripts: never repaired in either edition. */
    @ParameterizedTest
    @ValueSource(chars = {'群', '台', '后', '了', '面', '布', '乾', '于', '里', '吃', '抬', '只', '的', 'A', '苧', '艣', '陞', '昇', '甦', '祕', '濛'})
    void sharedCharactersAreForeignToNeither(char c) {
        assertFalse(Characters.simplifiedOnly(c), String.valueOf(c));
        assertFalse(Characters.traditionalOnly(c), String.valueOf(c));
    }

    @Test
    void noCharacterIsForeignToBothScripts() {
        for (char c = '\u3400'; c < '\uA000'; c++) {
            assertFalse(Characters.simplifiedOnly(c) && Characters.traditionalOnly(c), String.valueOf(c));
        }
    }

    @Test
    void nativeFormsComeFromOpenCcAndTheHongKongTable() {
        assertEquals("資", Characters.nativeForm(Script.HANT, '资'));
        assertEquals("𩽾", Characters.nativeForm(Script.HANS, '鮟'));
        assertEquals("资", Characters.nativeForm(Script.HANS, '資'));
        assertEquals("卫", Characters.nativeForm(Script.HANS, '衞'));
        assertEquals("叙", Characters.nativeForm(Script.HANS, '敍'));
    }
}
