package org.zhedition.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhedition.input.Yaml;

/**
 * A photograph's caption and credit, written in the body as a {@code ```figure} block:
 *
 * <pre>
 * ```figure
 * caption: 北京的一部智慧型手機的螢幕上顯示 DeepSeek 的頁面。
 * credit: Andy Wong/AP/達志影像
 * image: ../media/beijing-phone.jpg
 * alt: 手機螢幕上的 DeepSeek 網頁
 * ```
 * </pre>
 *
 * {@code image} and {@code alt} are optional: without an image file the figure prints its caption
 * and credit, never a broken image. The image file is checked by {@code content.Images}.
 *
 * @param image the address as written ({@code ../media/…}), or empty
 * @param alt   the image's description for readers who cannot see it; empty without an image
 */
public record Figure(String caption, String credit, String image, String alt) {
    private static final Set<String> KEYS = Set.of("caption", "credit", "image", "alt");

    /** Parses a figure block's text; {@code line} is the block's first content line. */
    static Figure parse(String yaml, Path file, int line) {
        Yaml y = Yaml.parse(yaml, file, line);
        if (!y.isMapping()) {
            throw y.error("a figure block holds 'caption:' and 'credit:' lines", "write caption: … and credit: … inside the block");
        }
        y.onlyKeys(KEYS);
        Figure f = new Figure(y.required("caption"), y.optional("credit"), y.optional("image"), y.optional("alt"));
        if (f.image().isEmpty() && !f.alt().isEmpty()) {
            throw y.get("alt").get().error("'alt:' describes an image, but the figure has no 'image:'",
                    "add 'image: ../media/<file name>', or remove the 'alt:' line");
        }
        return f;
    }

    /**
     * Each photographer or agency credited in the figures of {@code body} (read by {@link
     * Markdown#figures}), once, in order of appearance.
     */
    public static List<String> credits(Document body) {
        Set<String> credits = new LinkedHashSet<>();
        for (Node n : body.getDescendants()) {
            if (n instanceof FigureBlock f) {
                String credit = f.figure().credit();
                if (!credit.isEmpty()) {
                    credits.add(credit);
                }
            }
        }
        return List.copyOf(credits);
    }
}
