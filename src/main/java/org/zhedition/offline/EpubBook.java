package org.zhedition.offline;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.zhedition.site.SiteLayout;
import org.zhedition.content.Article.Emendation;
import org.zhedition.content.ArticleDate;
import org.zhedition.input.ContentError;
import org.zhedition.content.Images;
import org.zhedition.input.TextFile;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.body.BodyRenderer.Block;
import org.zhedition.body.BodyRenderer.ContentsEntry;
import org.zhedition.edition.ConvertedArticle;
import org.zhedition.script.Script;

/**
 * One article in one edition as an EPUB 3 book ({@code site/<edition>/<slug>.epub}): the
 * self-contained download for phones and e-readers, with the glossary notes as pop-up footnotes.
 *
 * <p>The archive is reproducible: {@code mimetype} first and stored, the other entries in sorted
 * order, every entry dated {@link #FIXED_TIME}. The book's {@code dc:date} is the article's
 * {@code date}, its {@code dcterms:modified} (which EPUB requires) the article's {@code updated}
 * or else {@code date}: taken from the front matter, never from the clock.
 */
public final class EpubBook {
    /**
     * The fixed time of every entry of the archive. Not the DOS epoch (1980-01-01 00:00):
     * Java writes an extra timestamp field for that value, which EPUB forbids on {@code mimetype}.
     */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** The book's stylesheet, beside the templates. */
    public static final String STYLESHEET = "epub.css";

    private EpubBook() {
    }

    /** Where the book of {@code slug} in an edition (its id) is, relative to site/. */
    public static String path(String edition, String slug) {
        return SiteLayout.book(edition, slug);
    }

    /**
     * The book of one article in one edition.
     *
     * @param css   the book's stylesheet ({@link #stylesheet})
     * @param media the site's images ({@code media/x.jpg} → file); the book carries those its article shows
     */
    public static byte[] of(Edition edition, EditionArticle article, byte[] css, SortedMap<String, Path> media) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        List<String> images = article.text().article().images();  // the same in both editions: addresses are not converted
        for (String image : images) {
            Path file = media.get(image);
            if (file == null) {
                throw new IllegalStateException("the page shows " + image + ", which content/ did not provide");
            }
            entries.put("EPUB/" + image, Images.read(image, file));
        }
        entries.put("META-INF/container.xml", utf8(CONTAINER));
        entries.put("EPUB/package.opf", utf8(packageDocument(edition, article, images)));
        entries.put("EPUB/nav.xhtml", utf8(navigation(edition, article)));
        entries.put("EPUB/article.xhtml", utf8(content(edition, article)));
        entries.put("EPUB/style.css", css);
        return zip(entries);
    }

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    /** A name-based UUID: the same book always gets the same identifier, a different one never. */
    static String identifier(String edition, String slug) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("zhedition:" + edition + ":" + slug).getBytes(StandardCharsets.UTF_8));
    }

    private static String packageDocument(Edition e, EditionArticle a, List<String> images) {
        ConvertedArticle t = a.text();
        String lang = e.spec().lang();
        StringBuilder opf = new StringBuilder();
        opf.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"")
                .append(lang).append("\">\n")
                .append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("    <dc:identifier id=\"uid\">").append(identifier(e.id(), a.slug())).append("</dc:identifier>\n")
                .append("    <dc:title>").append(esc(t.title())).append("</dc:title>\n")
                .append("    <dc:language>").append(lang).append("</dc:language>\n")
                .append("    <dc:publisher>").append(esc(e.siteTitle())).append("</dc:publisher>\n")
                .append("    <dc:date>").append(t.article().date().iso()).append("</dc:date>\n");
        if (!t.source().isEmpty()) {
            opf.append("    <dc:source>").append(esc(source(t))).append("</dc:source>\n");
        }
        if (!t.source().author().isEmpty()) {
            opf.append("    <dc:creator>").append(esc(t.source().author())).append("</dc:creator>\n");
        }
        if (!t.description().isEmpty()) {
            opf.append("    <dc:description>").append(esc(t.description())).append("</dc:description>\n");
        }
        for (String k : t.keywords()) {
            opf.append("    <dc:subject>").append(esc(k)).append("</dc:subject>\n");
        }
        opf.append("    <meta property=\"dcterms:modified\">").append(t.article().modified().utc()).append("</meta>\n")
                .append("  </metadata>\n")
                .append("  <manifest>\n")
                .append("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("    <item id=\"article\" href=\"article.xhtml\" media-type=\"application/xhtml+xml\"/>\n")
                .append("    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
        for (int i = 0; i < images.size(); i++) {
            opf.append("    <item id=\"image").append(i + 1).append("\" href=\"").append(images.get(i))
                    .append("\" media-type=\"").append(Images.mediaType(images.get(i))).append("\"/>\n");
        }
        opf.append("  </manifest>\n")
                .append("  <spine>\n    <itemref idref=\"article\"/>\n  </spine>\n")
                .append("</package>\n");
        return opf.toString();
    }

    private static String source(ConvertedArticle t) {
        String s = t.source().publication();
        if (!t.source().author().isEmpty()) {
            s += " · " + t.source().author();
        }
        if (!t.source().column().isEmpty()) {
            s += " · " + t.source().column();
        }
        if (!t.source().headline().isEmpty()) {
            s += " · " + t.source().headline();
        }
        if (!t.source().url().isEmpty()) {
            s += " · " + t.source().url();
        }
        return s;
    }

    /** The source line of the credits, the original headline (a quotation of the source) marked with its script. */
    private static String sourceXhtml(ConvertedArticle t) {
        String lang = t.article().script().tag();
        StringBuilder s = new StringBuilder(esc(t.source().publication()));
        if (!t.source().author().isEmpty()) {
            s.append(" · ").append(esc(t.source().author()));
        }
        if (!t.source().column().isEmpty()) {
            s.append(" · ").append(esc(t.source().column()));
        }
        if (!t.source().headline().isEmpty()) {
            s.append(" · <span lang=\"").append(lang).append("\" xml:lang=\"").append(lang).append("\">")
                    .append(esc(t.source().headline())).append("</span>");
        }
        if (!t.source().url().isEmpty()) {
            s.append(" · ").append(esc(t.source().url()));
        }
        return s.toString();
    }

    private static String head(Edition e, String title) {
        String lang = e.spec().lang();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"" + lang
                + "\" xml:lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + esc(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"style.css\"/>\n</head>\n";
    }

    private static String navigation(Edition e, EditionArticle a) {
        StringBuilder nav = new StringBuilder(head(e, a.text().title()));
        nav.append("<body>\n<nav epub:type=\"toc\" id=\"toc\">\n<h1>").append(esc(a.text().title())).append("</h1>\n<ol>\n")
                .append("<li><a href=\"article.xhtml\">").append(esc(a.text().title())).append("</a>");
        List<ContentsEntry> headings = a.book().contents();
        if (!headings.isEmpty()) {
            nav.append("\n<ol>\n");
            for (ContentsEntry h : headings) {
                nav.append("<li><a href=\"article.xhtml#").append(h.id()).append("\">").append(esc(h.text()))
                        .append("</a></li>\n");
            }
            nav.append("</ol>\n");
        }
        nav.append("</li>\n</ol>\n</nav>\n</body>\n</html>\n");
        return nav.toString();
    }

    private static String content(Edition e, EditionArticle a) {
        ConvertedArticle t = a.text();
        Map<String, String> labels = e.labels();
        StringBuilder x = new StringBuilder(head(e, t.title()));
        x.append("<body>\n<section epub:type=\"chapter\" class=\"article\">\n<header>\n");
        if (!t.source().isEmpty()) {
            x.append("<p class=\"kicker\">").append(esc(t.source().publication()));
            if (!t.source().column().isEmpty()) {
                x.append(" · ").append(esc(t.source().column()));
            }
            x.append("</p>\n");
        }
        x.append("<h1>").append(esc(t.title())).append("</h1>\n<p class=\"standfirst\">").append(esc(t.standfirst()))
                .append("</p>\n<p class=\"dateline\">").append(time(t.article().date()));
        if (t.article().updated() != null) {
            x.append("（").append(time(t.article().updated())).append(esc(labels.getOrDefault("updated", ""))).append("）");
        }
        x.append("</p>\n</header>\n");
        for (Block b : a.book().blocks()) {
            x.append(b.html()).append('\n');
        }
        if (!t.source().isEmpty() || !t.credits().isEmpty()) {
            x.append("<section class=\"credits\">\n<h2>").append(esc(labels.getOrDefault("credits", ""))).append("</h2>\n");
            if (!t.source().isEmpty()) {
                x.append("<p>").append(esc(labels.getOrDefault("source", ""))).append("：").append(sourceXhtml(t)).append("</p>\n");
            }
            if (!t.credits().isEmpty()) {
                x.append("<p>").append(esc(t.credits())).append("</p>\n");
            }
            x.append("</section>\n");
        }
        if (!t.emendations().isEmpty()) {
            x.append("<section class=\"emendations\">\n<h2>").append(esc(labels.getOrDefault("editors_notes", "")))
                    .append("</h2>\n<p>").append(esc(labels.getOrDefault("editors_notes_intro", ""))).append("</p>\n<table>\n<thead><tr>");
            for (String k : List.of("emendation_at", "emendation_was", "emendation_now", "emendation_note")) {
                x.append("<th scope=\"col\">").append(esc(labels.getOrDefault(k, ""))).append("</th>");
            }
            x.append("</tr></thead>\n<tbody>\n");
            // Quotations between delimiters, as on the page, so that a lone mark and an empty text show: the
            // source in its own marks, an edition with mainland punctuation in mainland marks.
            String[] now = e.spec().punctuation() == org.zhedition.script.Punctuation.MAINLAND ? new String[] {"“", "”"} : new String[] {"「", "」"};
            for (Emendation m : t.emendations()) {
                String lang = t.article().script().tag();
                x.append("<tr><td>").append(esc(m.at())).append("</td><td lang=\"").append(lang).append("\" xml:lang=\"")
                        .append(lang).append("\">「").append(esc(m.was())).append("」</td><td>")
                        .append(now[0]).append(esc(m.now())).append(now[1]).append("</td><td>").append(esc(m.note())).append("</td></tr>\n");
            }
            x.append("</tbody>\n</table>\n</section>\n");
        }
        x.append("</section>\n</body>\n</html>\n");
        return x.toString();
    }

    private static String time(ArticleDate d) {
        return "<time datetime=\"" + d.iso() + "\">" + d.chinese() + "</time>";
    }

    static String esc(String s) {
        return Escaping.escapeHtml(s, false);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The book's stylesheet, {@code templates/epub.css}. */
    public static byte[] stylesheet(Path templatesDir) {
        Path css = templatesDir.resolve(STYLESHEET);
        if (!Files.exists(css, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ContentError(css, 0, "the e-book stylesheet is missing", "restore templates/" + STYLESHEET + " from the repository");
        }
        return utf8(TextFile.read(css, templatesDir));
    }

    /** {@code mimetype} first and stored (as EPUB requires), then the entries in sorted order, all at one fixed time. */
    static byte[] zip(SortedMap<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // The default level: BEST_COMPRESSION made this article's book only 0.3 % smaller, at a far higher cost in time.
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            m.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            m.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(z);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
