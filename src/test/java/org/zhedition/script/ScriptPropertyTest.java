package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over random texts (pieces of the fixture article mixed with random CJK characters of either
 * script): the author's edition changes only foreign characters, one for one; neither
 * edition ever prints a character foreign to its script.
 */
class ScriptPropertyTest {
    private static final String ARTICLE = FixtureContent.article(FixtureContent.content()).body();

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        for (int part = 0; part < 8; part++) {
            if (random.nextBoolean()) {
                int from = random.nextInt(ARTICLE.length() - 40);
                s.append(ARTICLE, from, from + 1 + random.nextInt(40));
            } else {
                for (int i = random.nextInt(10); i >= 0; i--) {
                    s.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
                }
            }
        }
        return s.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1985, 20250127})
    void editionsHoldOnlyTheirOwnScript(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            String text = randomText(random);
            String hant = new Converter(Script.HANT, Script.HANT, Phrases.none(), Punctuation.KEEP, new ConversionLog()).convert(text);
            int j = 0;
            for (int i = 0; i < text.length(); i++) {
                char in = text.charAt(i);
                int out = hant.codePointAt(j);
                assertTrue(in == out || Characters.simplifiedOnly(in), "changed a Traditional character: " + in);
                assertFalse(Character.isBmpCodePoint(out) && Characters.simplifiedOnly((char) out), "left in zh-Hant: " + in);
                j += Character.charCount(out);
            }
            assertEquals(hant.length(), j);
            String hans = new Converter(Script.HANT, Script.HANS, Phrases.none(), Punctuation.KEEP, new ConversionLog()).convert(text);
            for (char c : hans.toCharArray()) {
                assertFalse(Characters.traditionalOnly(c), "left in zh-Hans: " + c + " in " + text + " → " + hans);
            }
        }
    }
}
