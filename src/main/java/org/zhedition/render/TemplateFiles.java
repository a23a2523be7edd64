package org.zhedition.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.zhedition.input.ContentError;
import org.zhedition.input.TextFile;

/**
 * Pebble's access to {@code templates/}: a template is read exactly as an editor's content file
 * is ({@link TextFile}): an ordinary file inside {@code templates/} (a symbolic link out of it is
 * an error, a pipe or device is never opened), strict UTF-8 (a bad byte is an error naming the
 * file and line, never U+FFFD on every page), no invisible control characters, and Windows line
 * endings turned into LF, so a CRLF checkout builds the same site. A template that is empty or
 * only white space is an error: it would publish empty pages.
 */
final class TemplateFiles implements Loader<String> {
    private final Path dir;
    /** How messages name the folder ({@code templates}, as the editor typed it). */
    private final Path shown;

    TemplateFiles(Path dir, Path shown) {
        this.dir = dir;
        this.shown = shown;
    }

    /** The file of template {@code name}, as messages show it ({@code templates/x.peb}). */
    Path shown(String name) {
        return shown.resolve(name);
    }

    @Override
    public Reader getReader(String name) {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || file.equals(dir)) {
            throw new LoaderException(null, "the template name '" + name + "' leads out of " + shown);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new LoaderException(null, "Could not find template '" + name + "'");
        }
        String text = TextFile.read(shown(name), dir);
        if (text.isBlank()) {
            throw new ContentError(shown(name), 0, "the template is empty, so every page made with it would be empty",
                    "restore " + shown(name) + " from the repository (git checkout -- " + shown(name)
                            + "), or write the page's HTML in it");
        }
        return new StringReader(text);
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8, strictly
    }

    @Override
    public void setPrefix(String prefix) {
        // always the templates folder
    }

    @Override
    public void setSuffix(String suffix) {
        // names are file names
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        Path file = dir.resolve(templateName).normalize();
        return file.startsWith(dir) && Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }
}
