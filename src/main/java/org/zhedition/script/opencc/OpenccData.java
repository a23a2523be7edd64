package org.zhedition.script.opencc;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenCC's dictionaries and configurations as shipped in this project's resources
 * ({@code org/zhedition/script/opencc/}, refreshed from an OpenCC release by
 * {@code tools/opencc-data/refresh.sh}). Each table is read and each configuration compiled the
 * first time it is asked for, then kept: they never change while the program runs.
 */
public final class OpenccData {
    static final String BASE = "/org/zhedition/script/opencc/";
    /** Derived by OpenCC's build from the regional phrase tables; derived here the same way. */
    static final String GENERATED_REGIONAL = "STPhrases_GeneratedFromRegionalPhrases";

    private static final OpenccData SHARED = new OpenccData();

    private final Map<String, Dictionary> dictionaries = new HashMap<>();
    private final Map<String, OpenccConverter> converters = new HashMap<>();
    private final OpenccDataMap dataMap = new OpenccDataMap(this);
    private final ZhConvertBootstrap openCC4j = ZhConvertBootstrap.newInstance().dataMap(dataMap).init();

    private OpenccData() {
    }

    /** The project's copy of OpenCC's data. */
    public static OpenccData shared() {
        return SHARED;
    }

    /** The OpenCC release the data comes from, e.g. {@code 1.4.2}. */
    public String version() {
        return read("VERSION").strip();
    }

    /** A dictionary by OpenCC's name for it, e.g. {@code TSPhrases}. */
    public synchronized Dictionary dictionary(String name) {
        Dictionary d = dictionaries.get(name);
        if (d == null) {
            d = name.equals(GENERATED_REGIONAL) ? generatedFromRegionalPhrases()
                    : Dictionary.parse(name, read("dictionary/" + name + ".txt"));
            dictionaries.put(name, d);
        }
        return d;
    }

    /**
     * The converter of an OpenCC configuration, e.g. {@code hk2s}, as OpenCC's command line runs
     * it: without the dictionaries marked {@code may_output_tofu} (TSCharactersExt, whose rare
     * Simplified forms such as 𫇛 for 艣 are missing from common fonts and would print as boxes).
     * opencc-js leaves them out too.
     */
    public OpenccConverter converter(String config) {
        return converter(config, false);
    }

    /**
     * The converter of an OpenCC configuration; with {@code includeTofuRisk}, as OpenCC's library
     * runs it by default and its test suite expects, with the {@code may_output_tofu} dictionaries.
     */
    public synchronized OpenccConverter converter(String config, boolean includeTofuRisk) {
        String key = config + (includeTofuRisk ? "+tofu" : "");
        OpenccConverter c = converters.get(key);
        if (c == null) {
            c = OpenccConverter.fromConfig(config, read("config/" + config + ".json"), includeTofuRisk, this);
            converters.put(key, c);
        }
        return c;
    }

    /** The current tables behind OpenCC4j's per-character questions. */
    OpenccDataMap dataMap() {
        return dataMap;
    }

    /**
     * OpenCC4j answering from these tables: {@code toSimple(char)} and {@code toTraditional(char)}
     * give a character's candidates from TSCharacters and STCharacters.
     */
    public ZhConvertBootstrap openCC4j() {
        return openCC4j;
    }

    /**
     * OpenCC's {@code generate_st_phrases_from_regional_phrases.py}: the keys of HKPhrases and
     * TWPhrases (Traditional words with a regional form), converted by {@code t2s} (with the
     * tofu-risk table, as OpenCC's build runs it), each mapped back
     * to its Traditional key, so that {@code s2t} keeps such a word whole. Projections shorter than
     * three characters are left out (they would split longer Simplified words); two keys with the
     * same projection are an error in the data, as in OpenCC.
     */
    private Dictionary generatedFromRegionalPhrases() {
        OpenccConverter t2s = converter("t2s", true);
        Map<String, List<String>> projections = new LinkedHashMap<>();
        for (String table : List.of("HKPhrases", "TWPhrases")) {
            for (String key : dictionary(table).entries().keySet()) {
                String simplified = t2s.convert(key);
                if (simplified.codePointCount(0, simplified.length()) >= 3) {
                    projections.computeIfAbsent(simplified, k -> new ArrayList<>()).add(key);
                }
            }
        }
        Map<String, List<String>> entries = new LinkedHashMap<>();
        projections.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Set<String> keys = new LinkedHashSet<>(e.getValue());
            if (keys.size() > 1) {
                throw new IllegalStateException("OpenCC's regional phrases " + keys + " both simplify to " + e.getKey());
            }
            entries.put(e.getKey(), List.of(e.getValue().get(0)));
        });
        return new Dictionary(GENERATED_REGIONAL, entries);
    }

    static String read(String path) {
        try (InputStream in = OpenccData.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC data " + BASE + path + " is missing from the classpath"
                        + " (run tools/opencc-data/refresh.sh VERSION)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
