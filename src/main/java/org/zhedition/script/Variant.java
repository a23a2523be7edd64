package org.zhedition.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chinese Wikipedia's conversion variants, the names a rule or {@code -{…}-} markup gives its
 * texts: the two scripts ({@code zh-hant}, {@code zh-hans}) and the regional variants of each
 * ({@code zh-hk}, {@code zh-mo}, {@code zh-tw}; {@code zh-cn}, {@code zh-sg}, {@code zh-my}).
 * An edition prints one variant (site.yaml's {@code region:}); a rule with no text for it falls
 * back as MediaWiki's {@code ZhConverter} does, never across scripts:
 *
 * <pre>
 * zh-tw → zh-hant → zh-hk → zh-mo        zh-cn → zh-hans → zh-sg → zh-my
 * zh-hk → zh-hant → zh-mo → zh-tw        zh-sg → zh-hans → zh-cn → zh-my
 * zh-mo → zh-hk → zh-hant → zh-tw        zh-my → zh-sg → zh-hans → zh-cn
 * zh-hant → zh-hk → zh-tw → zh-mo        zh-hans → zh-cn → zh-sg → zh-my
 * </pre>
 *
 * The list is closed (it is MediaWiki's), so an edition for any of these regions needs no code.
 * The declaration order (the two scripts first) is the order variants are listed in.
 */
public enum Variant {
    ZH_HANT("zh-hant", Script.HANT, null),
    ZH_HANS("zh-hans", Script.HANS, null),
    ZH_HK("zh-hk", Script.HANT, "HK"),
    ZH_MO("zh-mo", Script.HANT, "MO"),
    ZH_TW("zh-tw", Script.HANT, "TW"),
    ZH_CN("zh-cn", Script.HANS, "CN"),
    ZH_SG("zh-sg", Script.HANS, "SG"),
    ZH_MY("zh-my", Script.HANS, "MY");

    private final String tag;
    private final Script script;
    private final String region;

    Variant(String tag, Script script, String region) {
        this.tag = tag;
        this.script = script;
        this.region = region;
    }

    /** As rules write it: {@code zh-tw}. */
    public String tag() {
        return tag;
    }

    public Script script() {
        return script;
    }

    /** The ISO 3166 region ({@code TW}), or null for a script's own variant. */
    public String region() {
        return region;
    }

    /** The script's own variant: {@code zh-hant} or {@code zh-hans}. */
    public static Variant of(Script script) {
        return script == Script.HANT ? ZH_HANT : ZH_HANS;
    }

    /** This variant, then the ones whose text it takes when a rule has none for it (MediaWiki's order). */
    public List<Variant> fallbacks() {
        return switch (this) {
            case ZH_HANT -> List.of(ZH_HANT, ZH_HK, ZH_TW, ZH_MO);
            case ZH_HK -> List.of(ZH_HK, ZH_HANT, ZH_MO, ZH_TW);
            case ZH_MO -> List.of(ZH_MO, ZH_HK, ZH_HANT, ZH_TW);
            case ZH_TW -> List.of(ZH_TW, ZH_HANT, ZH_HK, ZH_MO);
            case ZH_HANS -> List.of(ZH_HANS, ZH_CN, ZH_SG, ZH_MY);
            case ZH_CN -> List.of(ZH_CN, ZH_HANS, ZH_SG, ZH_MY);
            case ZH_SG -> List.of(ZH_SG, ZH_HANS, ZH_CN, ZH_MY);
            case ZH_MY -> List.of(ZH_MY, ZH_SG, ZH_HANS, ZH_CN);
        };
    }

    /** Parses {@code zh-tw}, {@code zh-TW}, {@code zh-Hant}… case-insensitively. */
    public static Optional<Variant> fromTag(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        for (Variant v : values()) {
            if (v.tag.equals(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The regional variant of {@code script} for {@code region} ({@code HK}, {@code TW} …), if there is one. */
    public static Optional<Variant> of(Script script, String region) {
        String r = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        for (Variant v : values()) {
            if (v.script == script && r.equals(v.region)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The regions of {@code script}, for error messages: {@code HK, MO, TW}. */
    public static String regions(Script script) {
        List<String> out = new ArrayList<>();
        for (Variant v : values()) {
            if (v.script == script && v.region != null) {
                out.add(v.region);
            }
        }
        return String.join(", ", out);
    }
}
