package org.zhedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhedition.markdown.Markdown;

/** The text the search reads of each block: what the reader sees, without the Markdown. */
class SearchDocumentTest {
    private static List<String> blocks(String markdown) {
        Document d = Markdown.article(markdown);
        List<String> out = new ArrayList<>();
        for (Node n = d.getFirstChild(); n != null; n = n.getNext()) {
            out.add(SearchDocument.plain(n).strip());
        }
        return out;
    }

    @Test
    void markupIsDroppedAndTextKept() {
        assertEquals(List.of("標題", "強調與連結和 code 與 A&B 與 *星號*"),
                blocks("## 標題\n\n**強調**與[連結](https://example.org/)和 `code` 與 A&amp;B 與 \\*星號\\*\n"));
    }

    @Test
    void aLineBreakInChineseIsNoSpaceButBetweenLatinWordsIsOne() {
        assertEquals(List.of("蒸餾技術", "open source"), blocks("蒸餾\n技術\n\nopen\nsource\n"));
    }

    @Test
    void figuresGiveCaptionAndCreditListsTheirItems() {
        assertEquals(List.of("北京的手機。 Andy Wong/AP", "甲 乙"),
                blocks("```figure\ncaption: 北京的手機。\ncredit: Andy Wong/AP\n```\n\n- 甲\n- 乙\n"));
    }

    @Test
    void rawHtmlIsTextAsThePageShowsIt() {
        assertEquals(List.of("a <b>粗</b> b"), blocks("a <b>粗</b> b\n"));
    }
}
