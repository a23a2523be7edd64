package org.zhedition.content;

import org.zhedition.input.ContentError;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhedition.markdown.Markdown;

/**
 * Every spelling of an address the browser or e-reader would follow somewhere other than
 * http(s), mailto or the site itself is refused, however it is written in Markdown: entities,
 * backslash escapes, percent-encoding, case, control characters, reference definitions and
 * autolinks; the addresses an editor does mean still pass.
 */
class AddressesTest {
    private static void check(String markdown) {
        Addresses.check(Markdown.parse("第一行。\n\n" + markdown + "\n"), Path.of("a.md"), 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[a](javascript:alert(1))", "[a](JavaScript:alert(1))", "[a](&#106;avascript:alert(1))", "[a](&#x6A;avascript:alert(1))",
        "[a](javascript&colon;alert(1))", "[a](javascript&#58;alert(1))", "[a](javascript&#x3a;alert(1))",
        "[a](javascript\\:alert(1))", "[a](javascript%3Aalert(1))", "[a](javascript%253Aalert(1))", "[a](%6Aavascript:alert(1))",
        "[a](jav&#x09;ascript:alert(1))", "[a](jav&#x0A;ascript:alert(1))", "[a](&#x20;javascript:alert(1))",
        "[a](java&Tab;script:alert(1))", "[a](<javascript:alert(1)>)", "[a](<java&#32;script:alert(1)>)",
        "[a](vbscript:msgbox(1))", "[a](data:text/html;base64,PHNjcmlwdD4=)", "[a](file:///etc/passwd)", "[a](ftp://example.org/)",
        "[a](http:example.org)", "[a](https:/example.org)", "[a](//evil.example/)", "[a](\\\\evil.example/)", "[a](/\\evil.example/)",
        "[a](/zh-Hant/x.html)", "<javascript:alert(1)>", "<vbscript:x>", "<data:text/html,x>",
        "[a][r]\n\n[r]: javascript:alert(1)", "[a][r]\n\n[r]: &#106;avascript:alert(1) \"t\"",
        "[a](https://example.org \"a&#1;b\")", "[a](https://exa&#x200B;mple.org)", "[a](https://exa&#xAD;mple.org)",
    })
    void refused(String markdown) {
        ContentError e = assertThrows(ContentError.class, () -> check(markdown), markdown);
        assertTrue(e.getMessage().matches("(?s)a\\.md:1[24]: .*"), e.getMessage());  // the link, or its definition
        assertTrue(e.fix() != null && !e.fix().isEmpty(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[a](https://example.org/)", "[a](http://example.org/a?b=c#d)", "[a](HTTPS://EXAMPLE.ORG)", "[a](mailto:editor@example.org)",
        "[a](../zh-Hant/glossary.html#distillation)", "[a](#p1)", "[a](other.html)", "[a](?q=1)", "[a](h&#116;tps://example.org)",
        "[a](https://zh.wikipedia.org/wiki/晶片)", "[a](https://user@example.org/)", "<https://example.org/auto>", "<editor@example.org>",
        "[a][r]\n\n[r]: https://example.org/ \"標題\"", "[a](https://example.org/%E6%99%B6%E7%89%87)",
    })
    void allowed(String markdown) {
        assertDoesNotThrow(() -> check(markdown), markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "mailto:a@b.c", "../x.html", "//example.org/", "http:x", "https://a b/"})
    void aSourceAddressMustBeOnTheWeb(String url) {
        assertEquals(true, Addresses.problem(url, true) != null, url);
    }
}
