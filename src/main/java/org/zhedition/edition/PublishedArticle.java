package org.zhedition.edition;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.zhedition.glossary.TermNode;
import org.zhedition.render.BodyRenderer.Block;
import org.zhedition.script.ConvertedArticle;

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
        for (TermNode n : a.notes()) {
            Block block = a.blocks().get(blockIndex(n));
            marks.add(new Mark(n.term().id(), n.number(), block.kind(), block.id(), n.getChars().toString()));
        }
        return new PublishedArticle(a.slug(), a.text().withoutBody(), marks);
    }

    /**
     * Which top-level block holds {@code n}: the body renderer makes one block per top-level node.
     * Also what the article cache stores for each note, so a cached note finds its block again.
     */
    public static int blockIndex(Node n) {
        Node top = n;
        while (top.getParent() != null && !(top.getParent() instanceof Document)) {
            top = top.getParent();
        }
        int index = 0;
        for (Node p = top.getPrevious(); p != null; p = p.getPrevious()) {
            index++;
        }
        return index;
    }
}
