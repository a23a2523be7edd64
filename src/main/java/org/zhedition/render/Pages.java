package org.zhedition.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zhedition.input.Sha256;
import org.zhedition.site.SiteLayout;
import org.zhedition.content.ArticleDate;
import org.zhedition.content.Content;
import org.zhedition.input.ContentError;
import org.zhedition.input.TextFile;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.edition.PublishedArticle;
import org.zhedition.edition.Tags;
import org.zhedition.glossary.Term;
import org.zhedition.body.BodyRenderer.Block;
import org.zhedition.script.Script;
import org.zhedition.write.Output;

/**
 * Turns the editions into pages: builds each template's variables and renders it (templates are
 * compiled once and are thread-safe, so articles render on every core at once). An article's
 * pages are rendered as soon as it is through the article stages; the pages about all articles
 * (home, glossaries) at the end, from what stays of each ({@link PublishedArticle}). Every link is
 * relative to the page, so the site works from {@code file://} and under any sub-path.
 *
 * <p>Site layout: {@code index.html} (both scripts), {@code zh-Hant/<slug>.html},
 * {@code zh-Hans/<slug>.html}, each edition's {@code glossary.html}, {@code parallel/<slug>.html},
 * {@code 404.html}, and with a base URL each edition's {@code feed.xml} and {@code sitemap.xml};
 * beside them (written by the offline stage) each edition's
 * {@code <slug>.epub} and the service worker {@code sw.js}.
 */
public final class Pages {
    /** The 404 page's inline script, beside the templates. */
    static final String NOT_FOUND_SCRIPT = "notfound.js";
    private final Templates templates;
    private final Content content;
    private final Map<Script, Edition> editions;

    public Pages(Templates templates, Content content, Map<Script, Edition> editions) {
        this.templates = templates;
        this.content = content;
        this.editions = editions;
    }

    /** The templates the pages are made with (the e-book's too). */
    public Templates templates() {
        return templates;
    }

    /**
     * An article's pages, as soon as its article stages are done: its page in each edition and
     * its parallel view. Each page is encoded as soon as it is rendered.
     */
    public void article(Map<Script, EditionArticle> both, Output out) {
        article(both, null, null, out);
    }

    /**
     * As {@link #article(Map, Output)}, with links to the articles before and after it in date
     * order (each in both editions, null at either end of the list): only their summaries, so
     * that an article's rendered body need not wait in memory for its neighbours'.
     *
     * @param older the next older article (rel=prev), or null
     * @param newer the next newer article (rel=next), or null
     */
    public void article(Map<Script, EditionArticle> both, Map<Script, PublishedArticle> older,
            Map<Script, PublishedArticle> newer, Output out) {
        EditionArticle hant = both.get(Script.HANT);
        for (Script s : Script.values()) {
            Map<String, Object> c = article(s, both.get(s), both.get(s.other()));
            c.put("tags", Archive.articleTags(both, s));
            c.put("toc", Archive.contents(both.get(s)));
            c.put("older", Archive.neighbour(older, s));
            c.put("newer", Archive.neighbour(newer, s));
            out.put(editionPath(s, hant.slug()), page("article.peb", c));
        }
        out.put(parallelPath(hant.slug()), page("parallel.peb", parallel(hant, both.get(Script.HANS))));
    }

    /** The pages {@link #article} writes for {@code slug}. */
    public static List<String> articlePaths(String slug) {
        List<String> paths = new ArrayList<>();
        for (Script s : Script.values()) {
            paths.add(editionPath(s, slug));
        }
        paths.add(parallelPath(slug));
        return paths;
    }

    private static String editionPath(Script s, String slug) {
        return SiteLayout.articlePage(s.tag(), slug);
    }

    private static String parallelPath(String slug) {
        return SiteLayout.parallelPage(slug);
    }

    /**
     * The pages about all the articles, once every article is published: the home page, the
     * 404 page, each edition's glossary, and when the editor set a base URL each edition's Atom
     * feed and {@code sitemap.xml}.
     *
     * @param articles each edition's articles, newest first
     * @return the number of feeds written: none without a base URL
     */
    public int site(Map<Script, List<PublishedArticle>> articles, Output out) {
        // Each page with its last change, for the sitemap: an article's page its own, a page
        // about all articles the latest of theirs.
        ArticleDate latest = articles.get(Script.HANT).stream().map(a -> a.text().article().modified())
                .max(java.util.Comparator.comparing(ArticleDate::instant)).orElse(null);
        SortedMap<String, ArticleDate> pages = new TreeMap<>();
        out.put(SiteLayout.HOME, page("home.peb", home(articles)));
        pages.put(SiteLayout.HOME, latest);
        for (Script s : Script.values()) {
            Archive.Tagged tagged = Archive.tags(articles, s);
            String index = Tags.indexPath(s);
            out.put(index, page("tags.peb", tagIndex(s, tagged)));
            pages.put(index, latest);
            for (Archive.Tag tag : tagged.tags()) {
                String path = Tags.path(s, tag.slug());
                out.put(path, page("tag.peb", tagPage(s, tag)));
                pages.put(path, tag.articles().stream().map(a -> a.text().article().modified())
                        .max(java.util.Comparator.comparing(ArticleDate::instant)).orElse(latest));
            }
        }
        out.put(SiteLayout.NOT_FOUND, page("404.peb", notFound()));
        for (Script s : Script.values()) {
            String glossary = SiteLayout.glossaryPage(s.tag());
            out.put(glossary, page("glossary.peb", glossary(s, articles.get(s))));
            pages.put(glossary, latest);
            articles.get(s).forEach(a -> pages.put(editionPath(s, a.slug()), a.text().article().modified()));
        }
        articles.get(Script.HANT).forEach(a -> pages.put(parallelPath(a.slug()), a.text().article().modified()));
        String base = content.site().baseUrl();
        if (base.isEmpty()) {
            return 0;
        }
        for (Script s : Script.values()) {
            out.put(AtomFeed.path(s), AtomFeed.of(base, editions.get(s), articles.get(s)));
        }
        out.put(SiteLayout.SITEMAP, Sitemap.of(base, pages));
        return Script.values().length;
    }

    private byte[] page(String template, Map<String, Object> context) {
        return templates.render(template, context).getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> common(Script s, String root, String path, String title, String description) {
        // Every page of an edition announces that edition's feed; the pages in both scripts
        // (home, parallel view) replace the list with both feeds, the 404 page with none.
        Edition e = editions.get(s);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("lang", s.tag());
        c.put("root", root);
        c.put("labels", e.labels());
        c.put("site", Map.of("title", e.siteTitle(), "tagline", e.tagline()));
        c.put("title", title);
        c.put("description", description);
        c.put("path", path);
        String base = content.site().baseUrl();
        c.put("canonical", base.isEmpty() ? "" : base + path);
        c.put("edition", editionInfo(s));
        c.put("other", editionInfo(s.other()));
        c.put("inlineScript", "");
        c.put("inlineScriptHash", "");
        c.put("feeds", feeds(root, s));
        return c;
    }

    /**
     * The feeds a page announces ({@code <link rel="alternate" type="application/atom+xml">}):
     * its edition's, or on a page in both scripts both; none without a base URL, since feeds are
     * then not written.
     *
     * @param root the page's way back to the site's root
     */
    private List<Map<String, Object>> feeds(String root, Script... scripts) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (content.site().baseUrl().isEmpty()) {
            return out;
        }
        for (Script s : scripts) {
            out.add(Map.of("lang", s.tag(), "href", root + AtomFeed.path(s), "title", AtomFeed.title(editions.get(s)),
                    "type", AtomFeed.TYPE));
        }
        return out;
    }

    private static Map<String, Object> editionInfo(Script s) {
        return Map.of("lang", s.tag(), "name", s.shortName(), "longName", s.longName());
    }

    private Map<String, Object> article(Script s, EditionArticle a, EditionArticle other) {
        String path = editionPath(s, a.slug());
        Map<String, Object> c = common(s, "../", path, a.text().title(),
                a.text().description().isEmpty() ? a.text().standfirst() : a.text().description());
        c.put("article", a.text());
        c.put("sourceLang", a.text().article().script().tag());
        List<Map<String, Object>> emendations = new ArrayList<>();
        var convert = editions.get(s).converter();
        for (var em : a.text().emendations()) {
            emendations.add(Map.of("at", em.at(), "was", em.was(), "now", em.now(), "note", em.note(),
                    "wasName", MarkNames.of(em.was(), convert::convert), "nowName", MarkNames.of(em.now(), convert::convert)));
        }
        c.put("emendations", emendations);
        c.put("slug", a.slug());
        c.put("blocks", a.blocks());
        c.put("otherHref", SiteLayout.link(path, editionPath(s.other(), a.slug())));
        c.put("otherTitle", other.text().title());
        c.put("parallelHref", SiteLayout.link(path, parallelPath(a.slug())));
        c.put("epubHref", SiteLayout.link(path, SiteLayout.book(s.tag(), a.slug())));
        c.put("photoCredits", a.photoCredits());
        c.put("published", a.text().article().date());
        c.put("updated", a.text().article().updated());
        c.put("alternates", alternates("../", edition -> SiteLayout.articlePage(edition, a.slug())));
        return c;
    }

    /**
     * The page in every edition, for {@code <link rel="alternate" hreflang>}.
     *
     * @param root the page's way back to the site's root
     * @param page the page's path in an edition, from the edition's folder name
     */
    private List<Map<String, Object>> alternates(String root, java.util.function.UnaryOperator<String> page) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Script s : Script.values()) {
            out.add(Map.of("lang", s.tag(), "href", root + page.apply(s.tag())));
        }
        return out;
    }

    /**
     * An edition's glossary page: categories and entries in the editor's order (see
     * {@code glossary.peb} for why), each entry with links back to every place it is annotated.
     */
    private Map<String, Object> glossary(Script s, List<PublishedArticle> published) {
        Edition e = editions.get(s);
        String path = SiteLayout.glossaryPage(s.tag());
        Map<String, Object> c = common(s, "../", path, e.labels().getOrDefault("glossary", "") + " | " + e.siteTitle(),
                e.labels().getOrDefault("glossary_description", ""));
        Map<String, List<Map<String, Object>>> uses = new LinkedHashMap<>();
        for (PublishedArticle a : published) {
            Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();
            for (PublishedArticle.Mark m : a.marks()) {
                links.computeIfAbsent(m.term(), k -> new ArrayList<>()).add(Map.of(
                        "href", SiteLayout.link(path, editionPath(s, a.slug())) + "#t" + m.number(), "kind", m.blockKind(),
                        "number", m.blockId().substring(1), "text", m.text()));
            }
            links.forEach((id, list) -> uses.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(Map.of("article", a.text().title(), "links", list)));
        }
        Map<String, String> headwords = new LinkedHashMap<>();
        e.glossary().terms().forEach(t -> headwords.put(t.term(), t.id()));
        List<Map<String, Object>> categories = new ArrayList<>();
        for (var cat : e.glossary().categories()) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Term t : cat.terms()) {
                List<Map<String, Object>> see = new ArrayList<>();
                t.see().forEach(x -> see.add(Map.of("term", x, "id", headwords.getOrDefault(x, ""))));
                entries.add(Map.of("term", t, "uses", uses.getOrDefault(t.id(), List.of()), "see", see));
            }
            categories.add(Map.of("name", cat.name(), "en", cat.en(), "entries", entries));
        }
        c.put("categories", categories);
        c.put("otherHref", SiteLayout.link(path, SiteLayout.glossaryPage(s.other().tag())));
        c.put("alternates", alternates("../", SiteLayout::glossaryPage));
        return c;
    }

    private Map<String, Object> parallel(EditionArticle hant, EditionArticle hans) {
        String path = parallelPath(hant.slug());
        Map<String, Object> c = common(Script.HANT, "../", path, hant.text().title(), hant.text().standfirst());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < hant.parallelBlocks().size(); i++) {
            Block l = hant.parallelBlocks().get(i);
            Block r = hans.parallelBlocks().get(i);
            rows.add(Map.of("id", l.id(), "kind", l.kind(), "hant", l.html(), "hans", r.html()));
        }
        c.put("hant", hant.text());
        c.put("hans", hans.text());
        c.put("slug", hant.slug());
        c.put("rows", rows);
        c.put("labelsHans", editions.get(Script.HANS).labels());
        c.put("alternates", List.of());
        c.put("published", hant.text().article().date());
        c.put("updated", hant.text().article().updated());
        c.put("feeds", feeds("../", Script.HANT, Script.HANS));
        return c;
    }

    private Map<String, Object> home(Map<Script, List<PublishedArticle>> articles) {
        // The page's lang is zh-Hant, and an attribute cannot mark half its value as zh-Hans, so
        // title and description are in Traditional only; the page itself shows both.
        Map<String, Object> c = common(Script.HANT, "", SiteLayout.HOME, editions.get(Script.HANT).siteTitle(),
                editions.get(Script.HANT).tagline());
        List<Map<String, Object>> list = new ArrayList<>();
        List<PublishedArticle> hant = articles.get(Script.HANT);
        for (int i = 0; i < hant.size(); i++) {
            PublishedArticle t = hant.get(i);
            PublishedArticle s = articles.get(Script.HANS).get(i);
            list.add(Map.of("slug", t.slug(), "hant", t.text(), "hans", s.text(), "date", t.text().article().date()));
        }
        c.put("articles", list);
        c.put("months", Archive.months(list, m -> ((ArticleDate) m.get("date"))));
        List<Map<String, Object>> tagIndexes = new ArrayList<>();
        for (Script s : Script.values()) {
            tagIndexes.add(Map.of("lang", s.tag(), "href", Tags.indexPath(s), "label", editions.get(s).labels().getOrDefault("tag_index", ""),
                    "edition", editions.get(s).labels().getOrDefault(s == Script.HANT ? "edition_hant" : "edition_hans", "")));
        }
        c.put("tagIndexes", tagIndexes);
        c.put("feeds", feeds("", Script.HANT, Script.HANS));
        c.put("hans", Map.of("title", editions.get(Script.HANS).siteTitle(), "tagline", editions.get(Script.HANS).tagline(),
                "labels", editions.get(Script.HANS).labels()));
        c.put("alternates", List.of());
        return c;
    }

    /** An edition's tag index: every tag, by name, with how many articles carry it. */
    private Map<String, Object> tagIndex(Script s, Archive.Tagged tagged) {
        Edition e = editions.get(s);
        String path = Tags.indexPath(s);
        Map<String, Object> c = common(s, "../../", path, e.labels().getOrDefault("tag_index", "") + " | " + e.siteTitle(), "");
        List<Map<String, Object>> list = new ArrayList<>();
        for (Archive.Tag t : tagged.byName()) {
            list.add(Map.of("name", t.name(), "href", SiteLayout.link(path, Tags.path(s, t.slug())), "count", t.articles().size()));
        }
        c.put("tags", list);
        c.put("otherHref", SiteLayout.link(path, Tags.indexPath(s.other())));
        c.put("alternates", alternates("../../", SiteLayout::tagIndex));
        return c;
    }

    /** One tag's page in one edition: its articles, newest first, grouped by month. */
    private Map<String, Object> tagPage(Script s, Archive.Tag tag) {
        Edition e = editions.get(s);
        String path = Tags.path(s, tag.slug());
        Map<String, Object> c = common(s, "../../", path, tag.name() + " | " + e.siteTitle(), "");
        List<Map<String, Object>> list = new ArrayList<>();
        for (PublishedArticle a : tag.articles()) {
            list.add(Map.of("slug", a.slug(), "href", SiteLayout.link(path, editionPath(s, a.slug())), "text", a.text(),
                    "date", a.text().article().date()));
        }
        c.put("tag", Map.of("name", tag.name(), "slug", tag.slug()));
        c.put("months", Archive.months(list, m -> ((ArticleDate) m.get("date"))));
        c.put("otherHref", SiteLayout.link(path, Tags.path(s.other(), tag.slug())));
        c.put("alternates", alternates("../../", edition -> SiteLayout.tagPage(edition, tag.slug())));
        return c;
    }

    private Map<String, Object> notFound() {
        // Pages serves 404.html at whatever address was missing, so relative links would break
        // there; with a base URL the page links absolutely, without one it works at the root.
        Map<String, Object> c = common(Script.HANT, content.site().baseUrl(), SiteLayout.NOT_FOUND,
                editions.get(Script.HANT).labels().getOrDefault("not_found", "404"), "");
        c.put("hans", Map.of("labels", editions.get(Script.HANS).labels()));
        c.put("alternates", List.of());
        c.put("feeds", List.of());
        if (content.site().baseUrl().isEmpty()) {
            // Without a base URL the page finds its depth itself, with a script inline (it cannot
            // load a file before it knows where the site's root is) allowed by its hash.
            String script = notFoundScript();
            c.put("inlineScript", script);
            c.put("inlineScriptHash", Base64.getEncoder().encodeToString(sha256(script)));
        }
        return c;
    }

    /**
     * The 404 page's own script, {@code templates/notfound.js}, read as every template is: line
     * endings become LF, which is also what the browser hashes (its HTML parser turns CRLF into
     * LF before the Content-Security-Policy hash is checked), so a Windows checkout with CRLF
     * files gets the same, working hash.
     */
    private String notFoundScript() {
        Path file = templates.dir().resolve(NOT_FOUND_SCRIPT);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ContentError(file, 0, "the 404 page's script is missing",
                    "restore templates/" + NOT_FOUND_SCRIPT + " from the repository");
        }
        String script = TextFile.read(file, templates.dir());
        String lower = script.toLowerCase(java.util.Locale.ROOT);
        for (String end : List.of("</script", "<!--")) {
            int at = lower.indexOf(end);
            if (at >= 0) {
                throw new ContentError(file, (int) script.substring(0, at).chars().filter(c -> c == '\n').count() + 1,
                        "the script contains '" + end + "', which would end or break the page's inline <script> early",
                        "write it split, e.g. '<\\/script' inside a string");
            }
        }
        return script;
    }

    private static byte[] sha256(String s) {
        return Sha256.digest().digest(s.getBytes(StandardCharsets.UTF_8));
    }
}
