package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page carries a Content-Security-Policy that allows only the site's own files (and an
 * inline script only by its hash): no other inline script, no handler attribute, no remote origin. Proved in the browser: a copy of each page with
 * an inline script and an {@code onerror} handler injected still runs its own scripts from
 * {@code file://}, and the injected code does not run.
 */
class ContentSecurityPolicyIT extends BrowserTest {
    private static final String INJECTED = "<script>window.injected = 1;</script>"
            + "<img src=\"missing.png\" alt=\"\" onerror=\"window.handler = 1\">"
            + "<a id=\"js-link\" href=\"javascript:window.linked = 1\">x</a>";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void policyForbidsInlineScriptAndRemoteOrigins(Path page) throws IOException {
        Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        Element meta = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertTrue(meta != null, "no CSP meta");
        Element firstScript = doc.selectFirst("script");
        assertTrue(firstScript == null || meta.siblingIndex() < firstScript.siblingIndex(), "CSP must come before any script");
        List<String> directives = List.of(meta.attr("content").split("\\s*;\\s*"));
        assertTrue(directives.contains("default-src 'none'"), directives.toString());
        String scriptSrc = directives.stream().filter(d -> d.startsWith("script-src ")).findFirst().orElse("");
        assertTrue(scriptSrc.matches("script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*"),
                "scripts only from the site's files, or inline by hash: " + scriptSrc);
        String policy = meta.attr("content");
        assertFalse(policy.contains("unsafe") || policy.contains("http") || policy.contains("*") || policy.contains("file:"),
                policy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void injectedScriptDoesNotRunButTheSiteDoes(Path page) throws IOException {
        Path copy = copySite();
        Path target = copy.resolve(BuiltSite.name(page));
        String html = Files.readString(target, StandardCharsets.UTF_8);
        Files.writeString(target, html.replace("<main id=\"main\" tabindex=\"-1\">", "<main id=\"main\" tabindex=\"-1\">" + INJECTED));
        try (BrowserContext context = chromium.browser().newContext()) {
            Page p = context.newPage();
            List<String> refused = new ArrayList<>();
            p.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    refused.add(m.text());
                }
            });
            p.navigate(target.toUri().toString());
            p.waitForLoadState();
            p.locator("#js-link").click();
            assertEquals(false, p.evaluate("'injected' in window"), "inline script ran");
            assertEquals(false, p.evaluate("'handler' in window"), "onerror handler ran");
            assertEquals(false, p.evaluate("'linked' in window"), "javascript: link ran");
            if (html.contains("assets/site.js")) {
                assertEquals(false, p.evaluate("document.documentElement.classList.contains('no-js')"),
                        "the site's own script (assets/site.js) did not run from file://");
            }
            assertEquals(3, refused.size(), "the browser refuses the three injected scripts and nothing else: " + refused);
        }
    }

    private Path copySite() throws IOException {
        Path copy = Files.createTempDirectory(temp, "site");
        org.zhedition.TestProjects.copyTree(BuiltSite.published(), copy);
        return copy;
    }
}
