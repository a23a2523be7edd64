package org.zhedition.script;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhedition.script.opencc.Dictionary;
import org.zhedition.script.opencc.OpenccData;

/**
 * Which characters belong to one script only, derived from OpenCC's current dictionaries (the
 * project's copy, {@link OpenccData}), asked through OpenCC4j's per-character API.
 *
 * <p>OpenCC4j's {@code isSimple}/{@code isTraditional} only say whether a character appears in
 * a table: 后, 面, 了, 台 appear in both. A character is <em>Simplified-only</em> when converting
 * it to Traditional can only give other characters (资 → 資), and <em>Traditional-only</em> when
 * converting it to Simplified can only give other characters (資 → 资). Characters such as 后 or
 * 面, which map to themselves among other candidates, are shared and never count as foreign.
 *
 * <p>OpenCC's Traditional is its own standard: it writes 羣, 爲, 牀 where Hong Kong and Taiwan
 * write 群, 為, 床, so its table sends 群 to 羣 as if 群 were Simplified. The Hong Kong and Taiwan
 * variant tables ({@code HKVariants.txt}, {@code TWVariants.txt}) list those regional forms; a
 * character they produce is Traditional, never repaired.
 *
 * <p>A character that OpenCC's phrase table for a direction prints is native to that direction's
 * script, whatever its character table says: TSPhrases prints 濛 in 八濛山, so 濛 is not foreign to
 * Simplified text; STPhrases prints 么 in some Traditional words, so 么 is not foreign to
 * Traditional text. (Characters such as 陞 in 楊聯陞 → 杨联陞 are not foreign in the first place:
 * the character table lists them among their own candidates.)
 *
 * <p>The same Hong Kong table explains the other direction. A Hong Kong source writes 衞, 敍, 枱
 * where OpenCC's standard has 衛, 敘, 檯; OpenCC's plain {@code t2s} does not know these forms and
 * leaves them in Simplified text, which is why OpenCC ships {@code hk2s} (Hong Kong variants back
 * to its standard, then {@code t2s}) for Hong Kong sources. Here a Hong Kong form counts as
 * Traditional-only when the Simplified of its standard form is a different character (衞 → 衛 → 卫;
 * not 吃, whose standard 喫 simplifies to 吃 itself).
 */
public final class Characters {
    /** Characters the HK and TW variant tables produce: legitimate in Traditional text. */
    private static final Set<Character> REGIONAL_TRADITIONAL;
    /** Hong Kong form → OpenCC standard form, for forms that differ from their standard. */
    private static final Map<Character, Character> HONG_KONG_STANDARD;
    /** OpenCC4j, answering from the current tables. */
    private static final ZhConvertBootstrap OPENCC4J = OpenccData.shared().openCC4j();
    /** Characters printed by TSPhrases (Simplified in that word). */
    private static final Set<Character> PRINTED_SIMPLIFIED = printed("TSPhrases");

    /**
     * Characters printed by STPhrases (Traditional in that word). STPhrases is OpenCC's largest
     * table (49,000 phrases); it is read only when a character is otherwise Simplified-only,
     * which an article in Traditional rarely has.
     */
    private static final class PrintedTraditional {
        static final Set<Character> CHARS = printed("STPhrases");
    }

    static {
        Set<Character> regional = new HashSet<>();
        Map<Character, Character> hongKong = new HashMap<>();
        read("HKVariants", regional, hongKong);
        read("TWVariants", regional, null);
        REGIONAL_TRADITIONAL = Set.copyOf(regional);
        HONG_KONG_STANDARD = Map.copyOf(hongKong);
    }

    private Characters() {
    }

    /**
     * True when {@code c} is written only in Simplified text (e.g. 资, 跻; not 群 or 台). The few
     * characters OpenCC converts away in both directions (苧, 镟) are ambiguous and count as shared.
     */
    public static boolean simplifiedOnly(char c) {
        return !REGIONAL_TRADITIONAL.contains(c) && onlyOthers(c, OPENCC4J.toTraditional(c))
                && !onlyOthers(c, OPENCC4J.toSimple(c)) && !PrintedTraditional.CHARS.contains(c);
    }

    /** True when {@code c} is written only in Traditional text (e.g. 資, 麵, and Hong Kong 衞). */
    public static boolean traditionalOnly(char c) {
        return (onlyOthers(c, OPENCC4J.toSimple(c)) || hongKongSimplified(c) != c)
                && !onlyOthers(c, OPENCC4J.toTraditional(c)) && !PRINTED_SIMPLIFIED.contains(c);
    }

    /**
     * Answers of {@link #foreignTo}, per script and character: 0 not yet asked, 1 no, 2 yes. The
     * repair stage asks for every character of every article in both editions, and each answer
     * costs several OpenCC4j dictionary lookups; the answer depends only on the character, and
     * the dictionaries are fixed for the life of the process. Racing threads write the same value.
     */
    private static final byte[][] FOREIGN = new byte[Script.values().length][Character.MAX_VALUE + 1];

    /** True when {@code c} does not belong in text of {@code script}. */
    public static boolean foreignTo(Script script, char c) {
        byte[] known = FOREIGN[script.ordinal()];
        if (known[c] == 0) {
            known[c] = (byte) ((script == Script.HANT ? simplifiedOnly(c) : traditionalOnly(c)) ? 2 : 1);
        }
        return known[c] == 2;
    }

    /**
     * The character that replaces a foreign {@code c} in text of {@code script} when no context
     * decides: OpenCC's first candidate (资 → 資), or for a Hong Kong form the Simplified of its
     * standard form (衞 → 卫). The answer may lie outside the Basic Multilingual Plane, as in
     * OpenCC (艣 → 𫇛), so it is a string of one code point. Returns {@code c} itself when there is
     * no single-character answer.
     */
    public static String nativeForm(Script script, char c) {
        if (script == Script.HANS && hongKongSimplified(c) != c) {
            return String.valueOf(hongKongSimplified(c));
        }
        List<String> candidates = script == Script.HANT ? OPENCC4J.toTraditional(c) : OPENCC4J.toSimple(c);
        if (candidates == null || candidates.isEmpty()) {
            return String.valueOf(c);
        }
        String first = candidates.get(0);
        return first.codePointCount(0, first.length()) == 1 ? first : String.valueOf(c);
    }

    /** The Simplified of a Hong Kong form's standard form, or {@code c} when that is {@code c} itself. */
    private static char hongKongSimplified(char c) {
        Character standard = HONG_KONG_STANDARD.get(c);
        if (standard == null) {
            return c;
        }
        List<String> simple = OPENCC4J.toSimple(standard);
        if (simple == null || simple.isEmpty()) {
            return standard;
        }
        for (String s : simple) {
            if (s.equals(String.valueOf(c))) {
                return c;
            }
        }
        return simple.get(0).length() == 1 ? simple.get(0).charAt(0) : c;
    }

    private static boolean onlyOthers(char c, List<String> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            return false;
        }
        String self = String.valueOf(c);
        for (String candidate : candidates) {
            if (candidate.equals(self)) {
                return false;
            }
        }
        return true;
    }

    /** Reads a variant table: column 1 is OpenCC's standard form, the others regional forms. */
    private static void read(String name, Set<Character> regional, Map<Character, Character> standard) {
        OpenccData.shared().dictionary(name).entries().forEach((key, values) -> {
            if (key.length() != 1) {
                return;
            }
            for (String v : values) {
                if (v.length() == 1) {
                    regional.add(v.charAt(0));
                    if (standard != null && v.charAt(0) != key.charAt(0)) {
                        standard.put(v.charAt(0), key.charAt(0));
                    }
                }
            }
        });
    }

    /** The characters of the values a phrase table prints (its first values). */
    private static Set<Character> printed(String table) {
        Dictionary d = OpenccData.shared().dictionary(table);
        Set<Character> out = new HashSet<>();
        for (List<String> values : d.entries().values()) {
            String v = values.get(0);
            for (int i = 0; i < v.length(); i++) {
                out.add(v.charAt(i));
            }
        }
        return Set.copyOf(out);
    }
}
