package org.zhedition.edition;

import org.zhedition.site.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.List;
import org.zhedition.script.EditionSpec;
import org.zhedition.script.Script;

/**
 * Tags: an article's front-matter {@code keywords}, each with a page per edition listing the
 * articles that carry it.
 *
 * <p><b>Identity.</b> A keyword is one tag in every edition, and two articles share a tag when
 * their keywords print the same in the {@link #IDENTITY} edition, letter case, width and spaces
 * aside: Simplified folds the variants that Traditional keeps apart (臺灣 and 台灣 both print
 * 台湾) and regional vocabulary that the conversion rules map (晶片 and 芯片), so a keyword
 * written in either script, by articles written in either script, is one tag. The slug depends
 * on that form alone, never on which other tags exist, so an article's links to its tags are
 * fixed by the article itself (its pages can be kept by an incremental build).
 *
 * <p><b>Slug.</b> Lower-case ASCII letters, digits and {@code -} only: the same file name on
 * every file system, in a zip and on GitHub Pages, and the same address from {@code file://}
 * and over http, with nothing to percent-encode. A keyword of ASCII letters and digits alone
 * (with spaces, {@code -}, {@code _} or {@code .} between) is its own slug ({@code DeepSeek} →
 * {@code deepseek}, {@code DeepSeek R1} → {@code deepseek-r1}); any other keeps its ASCII
 * letters and digits and adds ten hex digits of the SHA-256 of its form ({@code 人工智能} →
 * {@code 3d1a…}; {@code GPU 晶片} → {@code gpu-…}), which two different keywords share with a
 * chance of one in a trillion.
 */
public final class Tags {
    /**
     * The edition whose form of a keyword is the tag's identity (see the class comment): the first
     * Simplified edition (the most merged forms), or the first edition of a site with none.
     */
    public static String identity(List<EditionSpec> editions) {
        return editions.stream().filter(e -> e.script() == Script.HANS).findFirst().orElse(editions.get(0)).id();
    }
    /** Where an edition's tag pages are, from the edition's folder. */
    public static final String FOLDER = SiteLayout.TAGS;
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9]+([ ._-]+[a-z0-9]+)*");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Tags() {
    }

    /**
     * The keyword as identity: NFKC (full-width letters made plain), lower case, white space
     * trimmed and each run of it made one space.
     *
     * @param identityForm the keyword as the {@link #IDENTITY} edition prints it
     */
    public static String key(String identityForm) {
        return Normalizer.normalize(identityForm, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }

    /** The tag's slug: the name of its page in every edition ({@code tags/<slug>.html}). */
    public static String slug(String identityForm) {
        String key = key(identityForm);
        String readable = NOT_ALNUM.matcher(key).replaceAll("-").replaceAll("^-|-$", "");
        if (PLAIN.matcher(key).matches()) {
            return readable;
        }
        String hash = HexFormat.of().formatHex(sha256(key)).substring(0, 10);
        return readable.isEmpty() ? hash : readable + "-" + hash;
    }

    /** The tag page's path in the site, for an edition. */
    public static String path(String edition, String slug) {
        return SiteLayout.tagPage(edition, slug);
    }

    /** The tag index's path in the site, for an edition. */
    public static String indexPath(String edition) {
        return SiteLayout.tagIndex(edition);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
