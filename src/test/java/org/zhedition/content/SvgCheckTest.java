package org.zhedition.content;

import org.zhedition.input.ContentError;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Active SVG in its many spellings is refused with the SVG's line; plain pictures pass. */
class SvgCheckTest {
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

    private static void check(String inner) {
        SvgCheck.check((OPEN + inner + "\n</svg>\n").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>", "<SCRIPT>alert(1)</SCRIPT>", "<s:script xmlns:s=\"http://www.w3.org/2000/svg\">x</s:script>",
        "<script xlink:href=\"https://x.example/a.js\"/>", "<rect onLoad=\"alert(1)\"/>", "<rect onclick=\"alert(1)\"/>",
        "<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"/></foreignObject>", "<iframe src=\"https://x.example/\"/>",
        "<a xlink:href=\"javascript:alert(1)\"><rect/></a>", "<a href=\" javascript:alert(1)\"><rect/></a>",
        "<image href=\"https://x.example/p.png\"/>", "<image xlink:href=\"file:///etc/passwd\"/>",
        "<use href=\"data:image/svg+xml,%3Csvg%3E\"/>", "<use href=\"other.svg#a\"/>", "<feImage href=\"https://x.example/\"/>",
        "<rect style=\"fill:URL(https://x.example/)\"/>", "<rect style=\"fill: url( 'https://x.example/' )\"/>",
        "<rect fill=\"url(https://x.example/#g)\"/>", "<style>@import url(#x); rect{}</style>", "<style>@IMPORT 'a.css';</style>",
        "<style>rect { fill: u\\72l(https://x.example/) }</style>", "<rect style=\"fill:u\\rl(x)\"/>",
        "<animate attributeName=\"xlink:href\" values=\"javascript:alert(1)\"/>", "<set attributeName=\"onclick\" to=\"alert(1)\"/>",
    })
    void refused(String inner) {
        ContentError e = assertThrows(ContentError.class, () -> check(inner), inner);
        assertTrue(e.problem().startsWith("line "), e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<rect width=\"1\" height=\"1\" fill=\"#9cf\"/>", "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\"/>",
        "<use href=\"#a\"/><use xlink:href=\"#a\"/>", "<style>rect { fill: url(#g); }</style>", "<a href=\"#top\"><rect/></a>",
        "<!-- a comment --><title>圖</title><desc>說明</desc>", "<text>&lt;script&gt;</text>",
    })
    void allowed(String inner) {
        assertDoesNotThrow(() -> check(inner), inner);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>",
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "<?xml-stylesheet type=\"text/css\" href=\"a.css\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>",
    })
    void refusedWholeDocuments(String svg) {
        assertThrows(ContentError.class, () -> SvgCheck.check(svg.getBytes(StandardCharsets.UTF_8)), svg);
    }
}
