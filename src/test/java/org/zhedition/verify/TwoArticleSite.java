package org.zhedition.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhedition.TestProjects;

/**
 * The fixture project plus the second-article fixture, whose figure and text show images: built
 * once per JVM into a temporary folder, so that the validity, accessibility, e-book and browser
 * checks also see a site of two articles with images, whatever content/ holds.
 */
public final class TwoArticleSite {
    /** The fixture article's slug. */
    public static final String SLUG = "hello-world";
    private static Path site;

    private TwoArticleSite() {
    }

    public static synchronized Path root() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("zhedition-two");
                TestProjects.withSecondArticle(TestProjects.copyOfFixture(dir));
                Project.at(dir).build();
                site = dir.resolve("site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        org.zhedition.write.SiteWriter.delete(dir);
                    } catch (IOException e) {
                        // A temporary folder left behind is harmless.
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }
}
