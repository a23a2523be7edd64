package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page opened from {@code file://} makes no network request and logs no error. */
class OfflineIT extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noRequestLeavesTheDiskAndNoErrorIsLogged(Path page) {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page p = context.newPage();
            List<String> problems = new ArrayList<>();
            p.onRequest(r -> {
                if (!r.url().startsWith("file:")) {
                    problems.add("request " + r.url());
                }
            });
            p.onConsoleMessage(m -> {
                if ("error".equals(m.type()) || "warning".equals(m.type())) {
                    problems.add("console " + m.type() + ": " + m.text());
                }
            });
            p.onPageError(e -> problems.add("page error: " + e));
            p.onRequestFailed(r -> problems.add("failed " + r.url() + " " + r.failure()));
            p.navigate(page.toUri().toString());
            p.waitForLoadState();
            assertEquals(List.of(), problems, BuiltSite.name(page));
        }
    }
}
