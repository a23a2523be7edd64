package org.zhedition.browser;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class that drives one headless Chromium for all its tests: started before the first,
 * closed after the last. Browser tests extend this instead of repeating the lifecycle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    /** The browser; see {@link Chromium#launch()} for what happens when it is not installed. */
    protected Chromium chromium;

    @BeforeAll
    final void startChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    final void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Every HTML page of the built site: the source for per-page parameterized tests. */
    static List<Path> pages() {
        return BuiltSite.pages();
    }
}
