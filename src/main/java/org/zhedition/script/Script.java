package org.zhedition.script;

import java.util.Locale;
import java.util.Optional;

/**
 * The two scripts an edition is printed in. The tag is the BCP 47 language tag used in
 * {@code lang} attributes, folder names and conversion markup ({@code zh-hant}, {@code zh-hans}).
 */
public enum Script {
    HANT("zh-Hant", "繁體", "繁體中文"),
    HANS("zh-Hans", "简体", "简体中文");

    private final String tag;
    private final String shortName;
    private final String longName;

    Script(String tag, String shortName, String longName) {
        this.tag = tag;
        this.shortName = shortName;
        this.longName = longName;
    }

    /** BCP 47 tag, e.g. {@code zh-Hant}. */
    public String tag() {
        return tag;
    }

    /** The script's own name for itself, written in that script (繁體 / 简体). */
    public String shortName() {
        return shortName;
    }

    public String longName() {
        return longName;
    }

    public Script other() {
        return this == HANT ? HANS : HANT;
    }

    /** Parses {@code zh-Hant}/{@code zh-hant}/{@code zh-Hans}… case-insensitively. */
    public static Optional<Script> fromTag(String tag) {
        String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
        for (Script s : values()) {
            if (s.tag.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
