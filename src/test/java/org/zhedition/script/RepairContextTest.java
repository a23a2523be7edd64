package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Repair converts only the run of Han characters around a foreign character, not the whole
 * text: the result must be what taking the context from the whole text gives, because OpenCC4j
 * converts each Han run on its own.
 */
class RepairContextTest {
    /** Traditional words, Simplified-only characters to repair, and things that end a Han run. */
    private static final String[] PIECES = {"頭髮", "發展", "資料", "中國", "開源模型", "的", "了", "表示", "後來", "皇后",
        "乾淨", "幹部", "面對", "麵包", "臺灣", "台灣", "衞生", "资", "跻", "发", "头", "后", "干", "面", "里", "于",
        "，", "。", "「", "」", " ", "AI", "2025", "（", "）", "\n", "DeepSeek"};

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void repairMatchesTakingContextFromTheWholeText(int seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int n = 5 + random.nextInt(60); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String source = text.toString();
        for (Script script : Script.values()) {
            String whole = Repair.phraseLevel(script, source);
            if (whole.length() != source.length()) {
                continue; // the reference below needs the whole-text conversion to line up
            }
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                char inContext = whole.charAt(i);
                if (!Characters.foreignTo(script, c)) {
                    expected.append(c);
                } else if (inContext != c && !Characters.foreignTo(script, inContext) && !Character.isSurrogate(inContext)) {
                    expected.append(inContext);
                } else {
                    expected.append(Characters.nativeForm(script, c));
                }
            }
            assertEquals(expected.toString(), new Repair(script, new ConversionLog()).apply(source), script + ": " + source);
        }
    }
}
