package org.zhedition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.zhedition.write.SiteWriter;

/**
 * The real project with a small fixture glossary of terms that occur in the real article, built
 * into a throwaway folder: tests of notes (parallel view, print, e-book) then have notes to test
 * whatever the real glossary holds at the moment.
 */
public final class AnnotatedProject {
    private AnnotatedProject() {
    }

    /** Copies the project into {@code dir}, adds the fixture glossary, builds; returns the site folder. */
    public static Path build(Path dir) {
        TestProjects.copyOfRealProject(dir);
        try {
            Files.copy(TestProjects.repository().resolve("src/test/resources/fixtures/reading/glossary.yaml"),
                    dir.resolve("content/glossary.yaml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        Path site = dir.resolve("site");
        SiteWriter.replace(site, r.files());
        return site;
    }
}
