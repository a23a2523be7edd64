package org.zhedition.script;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which characters belong to one script only, derived from OpenCC's dictionaries.
 *
 * <p>OpenCC4j's {@code isSimple}/{@code isTraditional} only say whether a character appears in
 * a table: 后, 面, 了, 台 appear in both. A character is <em>Simplified-only</em> when converting
 * it to Traditional can only give other characters (资 → 資), and <em>Traditional-only</em> when
 * converting it to Simplified can only give other characters (資 → 资). Characters such as 后 or
 * 面, which map to themselves among other candidates, are shared and never count as foreign.
 *
 * <p>OpenCC's Traditional is its own standard: it writes 羣, 爲, 牀 where Hong Kong and Taiwan
 * write 群, 為, 床, so its table sends 群 to 羣 as if 群 were Simplified. The Hong Kong and Taiwan
 * variant tables that ship with OpenCC4j ({@code HKVariants.txt}, {@code TWVariants.txt}) list
 * those regional forms; a character they produce is Traditional, never repaired.
 */
public final class Characters {
    /** Characters the HK and TW variant tables produce: legitimate in Traditional text. */
    private static final Set<Character> REGIONAL_TRADITIONAL = regionalForms();

    private Characters() {
    }

    /** True when {@code c} is written only in Simplified text (e.g. 资, 跻; not 群 or 台). */
    public static boolean simplifiedOnly(char c) {
        return !REGIONAL_TRADITIONAL.contains(c) && onlyOthers(c, ZhConverterUtil.toTraditional(c));
    }

    /** True when {@code c} is written only in Traditional text (e.g. 資, 麵). */
    public static boolean traditionalOnly(char c) {
        return onlyOthers(c, ZhConverterUtil.toSimple(c));
    }

    /** True when {@code c} does not belong in text of {@code script}. */
    public static boolean foreignTo(Script script, char c) {
        return script == Script.HANT ? simplifiedOnly(c) : traditionalOnly(c);
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

    private static Set<Character> regionalForms() {
        Set<Character> out = new HashSet<>();
        for (String name : List.of("HKVariants.txt", "TWVariants.txt")) {
            try (InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("OpenCC4j's " + name + " is missing from the classpath");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String[] cols = line.strip().split("\\s+");
                    for (int i = 1; i < cols.length; i++) {
                        if (cols[i].length() == 1) {
                            out.add(cols[i].charAt(0));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(out);
    }
}
