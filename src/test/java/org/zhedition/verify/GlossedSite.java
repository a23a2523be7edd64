package org.zhedition.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real content built with a glossary, so that the checks also see term buttons, notes and a
 * full glossary page: site/ itself when content/ has a glossary, else the content with
 * {@link Project#GLOSSARY} built once per JVM into a temporary folder.
 */
public final class GlossedSite {
    private static Path site;

    private GlossedSite() {
    }

    public static synchronized Path root() {
        if (site == null && Files.exists(Project.REAL.resolve("content/glossary.yaml"))) {
            site = org.zhedition.browser.BuiltSite.root();
        }
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("zhedition-glossed");
                Project p = Project.copyOfReal(dir).withGlossary();
                p.build();
                site = p.site();
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

    /** Every HTML page of a site folder, sorted. */
    public static List<Path> pages(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
