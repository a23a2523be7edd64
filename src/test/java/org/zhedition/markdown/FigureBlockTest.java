package org.zhedition.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhedition.input.ContentError;

/** A figure block is read once, when the body is parsed, into a node that carries its record. */
class FigureBlockTest {
    private static final Path FILE = Path.of("content/articles/a.md");

    @Test
    void eachFigureBecomesAFigureBlockWithItsRecordAndCodeStaysCode() {
        Document d = Markdown.article("段。\n\n```figure\ncaption: 說明\ncredit: 某\nimage: ../media/a.png\nalt: 一張圖\n```\n\n"
                + "```\ncaption: 不是圖\n```\n\n> ```figure\n> caption: 引文裡的圖\n> ```\n", FILE, 5);
        List<FigureBlock> figures = new java.util.ArrayList<>();
        d.getDescendants().forEach(n -> {
            if (n instanceof FigureBlock f) {
                figures.add(f);
            }
        });
        assertEquals(List.of(new Figure("說明", "某", "../media/a.png", "一張圖"), new Figure("引文裡的圖", "", "", "")),
                figures.stream().map(FigureBlock::figure).toList());
        FencedCodeBlock code = (FencedCodeBlock) Markdown.blocks(d).get(2);
        assertFalse(code instanceof FigureBlock);
        // The node keeps the block's text and place: line numbers and the info string as before.
        FigureBlock first = assertInstanceOf(FigureBlock.class, Markdown.blocks(d).get(1));
        assertEquals(2, first.getLineNumber());
        assertTrue(Markdown.isFigure(first));
        assertEquals("caption: 說明\ncredit: 某\nimage: ../media/a.png\nalt: 一張圖\n", first.getContentChars().toString());
        assertEquals(List.of(0, 1, 2, 3), Markdown.blocks(d).stream().map(Markdown::blockIndex).toList());
        assertEquals(List.of("某"), Figure.credits(d));
    }

    @Test
    void errorsNameTheFileAndLine() {
        ContentError e = assertThrows(ContentError.class, () -> Markdown.article("段。\n\n```figure\ncredit: 某\n```\n", FILE, 5));
        assertEquals(8, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("'caption'"), e.getMessage());
        e = assertThrows(ContentError.class, () -> Markdown.article("段。\n\n```figure\ncaption: 未完\n", FILE, 5));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
    }
}
