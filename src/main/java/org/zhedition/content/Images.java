package org.zhedition.content;

import org.zhedition.input.ContentError;
import org.zhedition.input.InputFile;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhedition.markdown.Figure;
import org.zhedition.markdown.FigureBlock;
import org.zhedition.markdown.Markdown;

/**
 * The image files an article shows, from its Markdown ({@code ![description](../media/x.jpg)})
 * and its figure blocks ({@code image: ../media/x.jpg}), checked when the article loads.
 *
 * <p>Why one folder, {@code content/media/}, always written {@code ../media/…}: an article in
 * {@code content/articles/} and its pages in {@code site/zh-Hant/}, {@code site/zh-Hans/} and
 * {@code site/parallel/} all sit one folder below their root, so the address the editor writes
 * (and sees working in any Markdown preview) is the address every page uses, unchanged, from
 * {@code file://} and under any sub-path. The files are copied to {@code site/media/}. An image
 * from anywhere else would be fetched over the network, which no page may do, or would be missing.
 * File names are restricted to ASCII letters, digits, {@code - _ .} so that the address needs no
 * escaping in HTML, in the service worker's list or in the e-book's manifest.
 */
public final class Images {
    /** The folder in {@code content/} and in {@code site/}. */
    public static final String FOLDER = "media";
    /** What an article writes before the file's name. */
    public static final String PREFIX = "../" + FOLDER + "/";
    /** Image types every browser and EPUB 3 reading system shows, by file extension. */
    public static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "gif", "image/gif", "webp", "image/webp", "svg", "image/svg+xml");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private Images() {
    }

    /** The media type of an image path with a supported extension. */
    public static String mediaType(String path) {
        return TYPES.get(extension(path));
    }

    /**
     * Every image {@code document} (an article body, parsed) shows, as paths relative to the
     * content folder ({@code media/x.jpg}),
     * in order of first appearance; each checked to be a supported file in {@code content/media/}.
     * Its figures must have been read ({@link Markdown#figures}) before.
     *
     * @param bodyLine the line of {@code file} where the body starts
     */
    static List<String> of(Document document, Path file, int bodyLine) {
        Path media = file.toAbsolutePath().getParent().resolveSibling(FOLDER);
        Set<String> found = new LinkedHashSet<>();
        for (Node n : document.getDescendants()) {
            if (!(n instanceof Image || n instanceof ImageRef || n instanceof FencedCodeBlock)) {
                continue;  // a node's line is counted from the start of the text: only for the nodes checked
            }
            int line = bodyLine + n.getLineNumber();
            if (n instanceof Image image) {
                found.add(check(image.getUrl().toString(), image.getText().toString(), media, file, line,
                        "write a short description between the brackets: ![北京街頭的 DeepSeek 廣告](" + image.getUrl() + ")"));
            } else if (n instanceof ImageRef ref && ref.isDefined()) {
                Reference r = ref.getReferenceNode(document);
                found.add(check(r.getUrl().toString(), ref.getText().toString(), media, file, line,
                        "write a short description between the brackets: ![北京街頭的 DeepSeek 廣告][" + ref.getReference() + "]"));
            } else if (n instanceof FigureBlock block) {
                Figure f = block.figure();
                if (!f.image().isEmpty()) {
                    found.add(check(f.image(), f.alt(), media, file, imageLine(block, line), "add a line 'alt: …' describing the photo"));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Refuses an edition whose converted body shows an image the editor's text does not: an
     * image written inside conversion markup or by a rule, which no check at load saw.
     *
     * @param edition the edition's tag, for the message
     */
    public static void sameAs(Document converted, Article article, String edition) {
        for (Node n : converted.getDescendants()) {
            String url = null;
            if (n instanceof Image image) {
                url = image.getUrl().toString();
            } else if (n instanceof ImageRef ref && ref.isDefined()) {
                url = ref.getReferenceNode(converted).getUrl().toString();
            } else if (n instanceof FigureBlock block) {
                url = block.figure().image();
            }
            if (url != null && !url.isEmpty()
                    && !(url.startsWith(PREFIX) && article.images().contains(FOLDER + "/" + url.substring(PREFIX.length())))) {
                throw new ContentError(article.file(), article.bodyLine() + n.getLineNumber(), "the " + edition
                        + " edition shows the image '" + url + "', which the article's own text does not (conversion "
                        + "markup or a rule writes it)", "show images in the text itself, the same in both editions; "
                        + "-{…}- and rules may only change words");
            }
        }
    }

    /** The line of a figure block's {@code image:} field. */
    private static int imageLine(FencedCodeBlock block, int fenceLine) {
        int line = fenceLine + 1;
        for (BasedSequence l : block.getContentLines()) {
            if (l.toString().stripLeading().startsWith("image:")) {
                return line;
            }
            line++;
        }
        return fenceLine;
    }

    private static String check(String url, String alt, Path media, Path file, int line, String describe) {
        if (SCHEME.matcher(url).matches() || url.startsWith("//")) {
            throw new ContentError(file, line, "image '" + url + "' is not a file of this site (a page may make no network request)",
                    "save the image in content/" + FOLDER + "/ and write its address as " + PREFIX + "<file name>");
        }
        if (!url.startsWith(PREFIX)) {
            throw new ContentError(file, line, "image '" + url + "' is not in content/" + FOLDER + "/",
                    "put the image in content/" + FOLDER + "/ and write its address as " + PREFIX + "<file name>");
        }
        String name = url.substring(PREFIX.length());
        if (!NAME.matcher(name).matches()) {
            throw new ContentError(file, line, "image file name '" + name + "' has characters a web address would need to escape",
                    "rename the file with letters, digits, '-', '_' and '.' only, e.g. " + PREFIX + "beijing-phone.jpg");
        }
        if (mediaType(name) == null) {
            throw new ContentError(file, line, "'" + name + "' is not an image type every browser and e-reader shows",
                    "save it as JPEG (.jpg), PNG (.png), GIF (.gif), WebP (.webp) or SVG (.svg)");
        }
        Path image = media.resolve(name);
        if (!Files.exists(image, LinkOption.NOFOLLOW_LINKS) || !exactly(media, name)) {
            throw new ContentError(file, line, "image not found: content/" + FOLDER + "/" + name,
                    "add the file to content/" + FOLDER + "/, or correct the name (upper and lower case differ)");
        }
        if (alt.isBlank()) {
            throw new ContentError(file, line, "image '" + name + "' has no description for readers who cannot see it", describe);
        }
        try {
            checkContent(image, media, name);
        } catch (ContentError e) {
            throw new ContentError(file, line, "image content/" + FOLDER + "/" + name + ": " + e.problem(), e.fix());
        }
        return FOLDER + "/" + name;
    }

    /**
     * Checks that an image file is what its name says: an ordinary file inside
     * {@code content/media/} ({@link InputFile}) that starts as its type does; an SVG is also
     * checked to hold nothing active ({@link SvgCheck}).
     */
    private static void checkContent(Path image, Path media, String name) {
        String type = mediaType(name);
        if (type.equals("image/svg+xml")) {
            SvgCheck.check(InputFile.read(image, media, InputFile.BINARY_LIMIT));
            return;
        }
        Path real = InputFile.check(image, media, InputFile.BINARY_LIMIT);
        byte[] head;
        try (InputStream in = Files.newInputStream(real)) {
            head = in.readNBytes(12);
        } catch (IOException e) {
            throw new ContentError(image, 0, "cannot read the file: " + e.getMessage(), "check the file's permissions");
        }
        if (!startsAs(type, head)) {
            throw new ContentError(image, 0, "the file is not a " + type.substring("image/".length()).toUpperCase(Locale.ROOT)
                    + " image, whatever its name says", "save the picture in the format its name says (open it in an image "
                    + "editor and export it), or rename it to its real type");
        }
    }

    /** Whether {@code head} (the first bytes of a file) is how a file of {@code type} starts. */
    private static boolean startsAs(String type, byte[] head) {
        return switch (type) {
            case "image/png" -> head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                    && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A;
            case "image/jpeg" -> head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
            case "image/gif" -> head.length >= 6 && new String(head, 0, 6, StandardCharsets.US_ASCII).matches("GIF8[79]a");
            case "image/webp" -> head.length >= 12 && new String(head, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                    && new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
            default -> false;
        };
    }

    /**
     * Whether each folder and file of {@code name} exists with exactly that spelling. On a file
     * system that ignores case (macOS, Windows) X.png would be found for x.png, and the page
     * would then break on a host that does not ignore it (GitHub Pages).
     */
    private static boolean exactly(Path media, String name) {
        Path dir = media;
        for (String part : name.split("/")) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.noneMatch(e -> e.getFileName().toString().equals(part))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
            dir = dir.resolve(part);
        }
        return true;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The files named by {@code paths} (relative to {@code root}), each once, in sorted order. Only
     * their places: a build reads each when it writes it, so photos are never all in memory.
     */
    static SortedMap<String, Path> files(Path root, List<String> paths) {
        SortedMap<String, Path> out = new TreeMap<>();
        paths.forEach(p -> out.put(p, root.resolve(p)));
        return out;
    }

    /**
     * The bytes of an image file, checked again as it is read ({@link InputFile}): it must still
     * be an ordinary file inside {@code content/media/}.
     *
     * @param path its path relative to {@code content/} ({@code media/x.jpg}, from {@link #of})
     */
    public static byte[] read(String path, Path file) {
        Path media = file;
        for (int i = path.split("/").length - 1; i > 0; i--) {
            media = media.getParent();
        }
        return InputFile.read(file, media, InputFile.BINARY_LIMIT);
    }
}
