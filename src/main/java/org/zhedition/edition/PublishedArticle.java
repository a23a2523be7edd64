package org.zhedition.edition;

import java.util.ArrayList;
import java.util.List;
import org.zhedition.glossary.Note;
import org.zhedition.body.BodyRenderer.Block;
import org.zhedition.edition.ConvertedArticle;

/**
 * What stays of an article in one edition once its own pages and e-book are written: what the
 * home page, the glossary page and the build report need. The rendered body and the Markdown
 * tree are dropped, so that a build of thousands of articles holds only this much of each.
 *
 * @param text  the converted article without its body
 * @param marks every glossary note on its page, in order
 */
public record PublishedArticle(String slug, ConvertedArticle text, List<Mark> marks) {
    public PublishedArticle {
        marks = List.copyOf(marks);
    }

    /**
     * One glossary note on the page.
     *
     * @param term       the entry's id
     * @param number     the note's number on the page ({@code #t<number>})
     * @param blockKind  the kind of block it stands in ({@code p}, {@code h}, …)
     * @param blockId    that block's id ({@code p3})
     * @param text       the words marked
     */
    public record Mark(String term, int number, String blockKind, String blockId, String text) {
    }

    public static PublishedArticle of(EditionArticle a) {
        List<Mark> marks = new ArrayList<>();
        for (Note n : a.notes()) {
            Block block = a.blocks().get(n.block());
            marks.add(new Mark(n.term(), n.number(), block.kind(), block.id(), n.text()));
        }
        return new PublishedArticle(a.slug(), a.text().withoutBody(), marks);
    }
}
