package org.zhedition.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;

/**
 * A {@code ```figure} block of a parsed body, carrying its {@link Figure} read once when the body
 * was parsed ({@link Markdown#figures}): the image checks, the body renderer in every mode and
 * the credits read the record, never the block's text again. It stays a fenced block (same
 * text, lines and markers) so that what looks at the Markdown's structure sees it as before.
 */
public final class FigureBlock extends FencedCodeBlock {
    private final Figure figure;

    FigureBlock(FencedCodeBlock block, Figure figure) {
        super(block.getChars(), block.getOpeningMarker(), block.getInfo(), block.getContentLines(), block.getClosingMarker());
        setAttributes(block.getAttributes());
        setFenceIndent(block.getFenceIndent());
        takeChildren(block);
        this.figure = figure;
    }

    public Figure figure() {
        return figure;
    }
}
