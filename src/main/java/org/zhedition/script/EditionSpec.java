package org.zhedition.script;

import java.util.List;

/**
 * One edition as {@code site.yaml}'s {@code editions:} list describes it: data, not code, so an
 * edition for another region needs no change to the program.
 *
 * @param id          the edition's folder and name ({@code zh-Hant}, {@code zh-Hans}, {@code zh-TW});
 *                    an article whose {@code script:} is this id is printed as written here
 * @param lang        its BCP 47 language tag, for {@code lang} and {@code hreflang} ({@code zh-Hant-TW})
 * @param variant     the conversion variant it prints (its script and region: {@code zh-tw})
 * @param name        its short name on the edition switch, as the edition writes it ({@code 臺灣正體})
 * @param longName    the switch's longer description ({@code 臺灣正體中文})
 * @param label       its name beside an article's links, as the edition writes it ({@code 臺灣版})
 * @param punctuation its quotation-mark style
 */
public record EditionSpec(String id, String lang, Variant variant, String name, String longName, String label,
        Punctuation punctuation) {

    public Script script() {
        return variant.script();
    }

    /** The Open Graph locale ({@code zh_TW}): the region's, or Hong Kong's and the mainland's for a script's own variant. */
    public String locale() {
        String region = variant.region();
        return "zh_" + (region != null ? region : script() == Script.HANT ? "HK" : "CN");
    }

    /** True when an article written in {@code source} is printed here as its author wrote it (no vocabulary, no conversion). */
    public boolean asWritten(Script source) {
        return id.equals(source.tag());
    }

    /**
     * The two editions a site without an {@code editions:} list has: the Hong Kong Traditional text
     * as written ({@code zh-Hant}) and the mainland Simplified edition ({@code zh-Hans}).
     */
    public static List<EditionSpec> defaults(Punctuation hant, Punctuation hans) {
        return List.of(
                new EditionSpec("zh-Hant", "zh-Hant", Variant.ZH_HK, "繁體", "繁體中文", "繁體版", hant),
                new EditionSpec("zh-Hans", "zh-Hans", Variant.ZH_CN, "简体", "简体中文", "简体版", hans));
    }

    /** The defaults' Traditional edition: for tools that convert one text (tests, {@code convert}). */
    public static EditionSpec of(Script script) {
        return defaults(Punctuation.KEEP, Punctuation.MAINLAND).get(script == Script.HANT ? 0 : 1);
    }
}
