package org.zhedition.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The Markdown dialect of the edition: CommonMark, with raw HTML shown as text (an article is
 * content, not markup: a stray {@code <script>} must come out inert) and one block of our own, the
 * {@code ```figure} fence.
 *
 * <p>A {@link Parser} is immutable and thread-safe once built, so one instance serves all
 * articles and editions.
 */
public final class Markdown {
    /** The info string that turns a fenced block into a figure. */
    public static final String FIGURE = "figure";

    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.HTML_BLOCK_PARSER, true)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private Markdown() {
    }

    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    public static boolean isFigure(FencedCodeBlock block) {
        return FIGURE.equals(block.getInfo().toString().strip());
    }
}
