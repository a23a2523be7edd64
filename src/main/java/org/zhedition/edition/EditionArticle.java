package org.zhedition.edition;

import java.util.List;
import org.zhedition.glossary.TermNode;
import org.zhedition.render.BodyRenderer.Block;
import org.zhedition.script.ConvertedArticle;

/**
 * One article in one edition after the article stages: converted, parsed, annotated, and its
 * body rendered (for its own page, and with edition-prefixed ids for the parallel view).
 *
 * @param photoCredits each photographer or agency its figures credit, once, in order
 */
public record EditionArticle(ConvertedArticle text, List<Block> blocks, List<Block> parallelBlocks, List<TermNode> notes,
        List<String> photoCredits) {
    public EditionArticle {
        blocks = List.copyOf(blocks);
        parallelBlocks = List.copyOf(parallelBlocks);
        notes = List.copyOf(notes);
        photoCredits = List.copyOf(photoCredits);
    }

    public String slug() {
        return text.article().slug();
    }
}
