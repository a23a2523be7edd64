package org.zhedition.script.opencc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * OpenCC's own test suite ({@code src/test/resources/opencc/testcases.json}, Apache-2.0, see the
 * NOTICE there) for every configuration the editions use: {@code hk2s} (the Simplified edition of
 * a Traditional article), {@code t2s} and {@code tw2s} (the same chain without or with Taiwan's
 * variants), and {@code s2t} (the context of the Traditional edition's repair); and the regional
 * configurations as well, which the same engine runs. The floor is what OpenCC 1.4.1, built from
 * source (tag {@code ver.1.4.1}), passes on this suite: t2s 50/55, hk2s 19/21, tw2s 29/32,
 * s2t 92/96 (Debian's OpenCC 1.1.6: 28, 12, 22, 54). The cases that still differ are printed with
 * the characters that differ.
 */
class OpenccConformanceTest {
    private static final Dictionary TOFU_RISK = OpenccData.shared().dictionary("TSCharactersExt");

    /**
     * As OpenCC's library runs it and its suite expects: with the tofu-risk table TSCharactersExt,
     * whose rare Simplified forms (𣨼, 𪢮) three t2s cases test.
     */
    @ParameterizedTest(name = "{0}: at least {1} cases as OpenCC expects")
    @CsvSource({"t2s, 50", "hk2s, 19", "tw2s, 29", "s2t, 92", "s2tw, 61", "s2twp, 81", "s2hk, 49", "tw2sp, 48",
            "hk2sp, 4", "s2hkp, 5", "t2hk, 17", "t2tw, 9", "tw2t, 15", "hk2t, 17"})
    void passesAtLeastAsManyCasesAsOpenCC141(String config, int floor) throws IOException {
        check(OpenccData.shared().converter(config, true), true, floor);
    }

    /**
     * As the editions run it, like OpenCC's command line and opencc-js: without the tofu-risk
     * table, so the three cases that expect its characters differ (the floor stays OpenCC
     * 1.4.1's, whose command line leaves the table out too).
     */
    @ParameterizedTest(name = "{0} without the tofu-risk table: at least {1} cases")
    @CsvSource({"t2s, 50", "hk2s, 19", "tw2s, 29", "s2t, 92"})
    void theEditionsConfigurationsPassWithoutTheTofuRiskTable(String config, int floor) throws IOException {
        check(OpenccData.shared().converter(config), false, floor);
    }

    private static void check(OpenccConverter converter, boolean tofu, int floor) throws IOException {
        String config = converter.name();
        int total = 0;
        List<String> differ = new ArrayList<>();
        for (Map<String, Object> c : cases()) {
            @SuppressWarnings("unchecked")
            Map<String, String> expected = (Map<String, String>) c.get("expected");
            String want = expected.get(config);
            if (want == null) {
                continue;
            }
            total++;
            String input = (String) c.get("input");
            String got = converter.convert(input);
            if (!got.equals(want)) {
                differ.add(c.get("id") + ": " + input + "\n    expected " + want + "\n    got      " + got
                        + "\n    differs  " + difference(want, got));
            }
        }
        int passed = total - differ.size();
        System.out.println(config + (tofu ? "" : " without the tofu-risk table") + ": " + passed + "/" + total
                + " (OpenCC " + OpenccData.shared().version() + " data)");
        differ.forEach(d -> System.out.println("  " + d));
        assertTrue(passed >= floor, config + ": " + passed + "/" + total + " passed, OpenCC 1.4.1 passes " + floor
                + "\n" + String.join("\n", differ));
    }

    /**
     * The differing characters, aligned by code point when the lengths agree, each with the reason
     * when it is known: a character the tofu-risk table would have changed.
     */
    private static String difference(String want, String got) {
        int[] w = want.codePoints().toArray();
        int[] g = got.codePoints().toArray();
        if (w.length != g.length) {
            return "length " + w.length + " vs " + g.length;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (w[i] != g[i]) {
                String printed = Character.toString(g[i]);
                s.append(Character.toString(w[i])).append("→").append(printed);
                if (Character.toString(w[i]).equals(TOFU_RISK.first(printed))) {
                    s.append(" (TSCharactersExt: ").append(printed).append(" → ").append(Character.toString(w[i]))
                            .append(", left out for fonts that lack it)");
                }
                s.append(' ');
            }
        }
        return s.toString().strip();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases() throws IOException {
        try (InputStream in = OpenccConformanceTest.class.getResourceAsStream("/opencc/testcases.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
            return (List<Map<String, Object>>) doc.get("cases");
        }
    }
}
