package org.zhedition.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VerbatimTest {
    /** Marks converted stretches so the test sees exactly what was handed to the converter. */
    private static String mark(String md) {
        return Verbatim.convertText(md, s -> s.replace("漢", "汉"));
    }

    @Test
    void proseIsConvertedCodeAndAddressesAreNot() {
        String md = "漢字 `漢字` [漢字](http://x/漢) <http://y/漢> <b title=\"漢\">\n\n```\n漢\n```\n\n    漢 indented\n";
        assertEquals("汉字 `漢字` [汉字](http://x/漢) <http://y/漢> <b title=\"漢\">\n\n```\n漢\n```\n\n    漢 indented\n",
                mark(md));
    }

    @Test
    void figureBlocksAreProse() {
        assertEquals("```figure\ncaption: 汉\n```\n", mark("```figure\ncaption: 漢\n```\n"));
    }

    @Test
    void aFigureImageKeepsItsFileNameWhileItsTextIsConverted() {
        assertEquals("```figure\ncaption: 汉\nimage: ../media/漢.png\nalt: 汉\n```\n",
                mark("```figure\ncaption: 漢\nimage: ../media/漢.png\nalt: 漢\n```\n"));
    }

    @Test
    void referenceLabelsAreConvertedInTheReferenceAndTheDefinitionAlike() {
        assertEquals("![汉圖][汉]\n\n[汉]: ../media/x.png\n", mark("![漢圖][漢]\n\n[漢]: ../media/x.png\n"));
        assertEquals("[汉][]、[汉]\n\n[汉]: http://x/漢 \"汉\"\n", mark("[漢][]、[漢]\n\n[漢]: http://x/漢 \"漢\"\n"));
    }

    @Test
    void bracketsThatAreNoLinkAreProse() {
        assertEquals("[汉：汉]、[[汉]]、[^汉]、*[汉]*\n", mark("[漢：漢]、[[漢]]、[^漢]、*[漢]*\n"));
    }

    @Test
    void referenceDefinitionsKeepTheirAddress() {
        assertEquals("[汉][r]\n\n[r]: http://x/漢\n", mark("[漢][r]\n\n[r]: http://x/漢\n"));
    }

    @Test
    void nothingToKeepMeansEverythingIsConverted() {
        assertEquals("汉汉", mark("漢漢"));
        assertEquals("", mark(""));
    }
}
