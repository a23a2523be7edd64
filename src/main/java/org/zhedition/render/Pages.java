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
import org.zhedition.write.Output;

/**
 * Turns the editions into pages: builds each template's variables and renders it (templates are
 * compiled once and are thread-safe, so articles render on every core at once). An article's
 * pages are rendered as soon as it is through the article stages; the pages about all articles
 * (home, glossaries) at the end, from what stays of each ({@link PublishedArticle}). Every link is
 * relative to the page, so the site works from {@code file://} and under any sub-path.
 *
 * <p>Site layout ({@link SiteLayout}): {@code index.html} (every edition), {@code <edition>/<slug>.html}
 * in each edition's folder ({@code zh-Hant}, {@code zh-Hans}, {@code zh-TW} … as {@code site.yaml}
 * lists them), each edition's {@code glossary.html}, a parallel view per pair of editions,
 * {@code 404.html}, and with a base URL each edition's {@code feed.xml} and {@code sitemap.xml}
 * (on a site of more than 50,000 pages the index of {@code sitemap-1.xml} …);
 * beside them (written by the offline stage) each edition's
 * {@code <slug>.epub} and the service worker {@code sw.js}.
 */
public final class Pages {
    /** The 404 page's inline script, beside the templates. */
    static final String NOT_FOUND_SCRIPT = "notfound.js";
    private final Templates templates;
    private final Content content;
    /** The editions by id, in the site's order. */
    private final Map<String, Edition> editions;
    private final List<String> ids;
    /** The edition whose keywords name the tags ({@link Tags#identity}). */
    private final String tagIdentity;

    public Pages(Templates templates, Content content, Map<String, Edition> editions) {
        this.templates = templates;
        this.content = content;
        this.editions = editions;
        this.ids = List.copyOf(editions.keySet());
        this.tagIdentity = Tags.identity(content.site().editions());
    }

    /** The templates the pages are made with (the e-book's too). */
    public Templates templates() {
        return templates;
    }

    /**
     * An article's pages, as soon as its article stages are done: its page in each edition and
     * its parallel views. Each page is encoded as soon as it is rendered.
     */
    public void article(Map<String, EditionArticle> all, Output out) {
        article(all, null, null, out);
    }

    /**
     * As {@link #article(Map, Output)}, with links to the articles before and after it in date
     * order (each in every edition, null at either end of the list): only their summaries, so
     * that an article's rendered body need not wait in memory for its neighbours'.
     *
     * @param older the next older article (rel=prev), or null
     * @param newer the next newer article (rel=next), or null
     */
    public void article(Map<String, EditionArticle> all, Map<String, PublishedArticle> older,
            Map<String, PublishedArticle> newer, Output out) {
        String slug = all.get(ids.get(0)).slug();
        for (String id : ids) {
            Map<String, Object> c = article(id, all);
            c.put("tags", Archive.articleTags(all, id, tagIdentity));
            c.put("toc", Archive.contents(all.get(id)));
            c.put("older", Archive.neighbour(older, id));
            c.put("newer", Archive.neighbour(newer, id));
            out.put(editionPath(id, slug), page("article.peb", c));
        }
        for (List<String> pair : SiteLayout.pairs(ids)) {
            out.put(SiteLayout.parallelPage(ids, slug, pair.get(0), pair.get(1)),
                    page("parallel.peb", parallel(all.get(pair.get(0)), all.get(pair.get(1)))));
        }
    }

    /** The pages {@link #article} writes for {@code slug}. */
    public List<String> articlePaths(String slug) {
        List<String> paths = new ArrayList<>();
        for (String id : ids) {
            paths.add(editionPath(id, slug));
        }
        for (List<String> pair : SiteLayout.pairs(ids)) {
            paths.add(SiteLayout.parallelPage(ids, slug, pair.get(0), pair.get(1)));
        }
        return paths;
    }

    private static String editionPath(String id, String slug) {
        return SiteLayout.articlePage(id, slug);
    }

    /**
     * The pages about all the articles, once every article is published: the home page, the
     * 404 page, each edition's glossary and tag pages, and when the editor set a base URL each
     * edition's Atom feed and {@code sitemap.xml}.
     *
     * @param articles each edition's articles, newest first
     * @return the number of feeds written: none without a base URL
     */
    public int site(Map<String, List<PublishedArticle>> articles, Output out) {
        // Each page with its last change, for the sitemap: an article's page its own, a page
        // about all articles the latest of theirs.
        ArticleDate latest = articles.get(ids.get(0)).stream().map(a -> a.text().article().modified())
                .max(java.util.Comparator.comparing(ArticleDate::instant)).orElse(null);
        SortedMap<String, ArticleDate> pages = new TreeMap<>();
        out.put(SiteLayout.HOME, page("home.peb", home(articles)));
        pages.put(SiteLayout.HOME, latest);
        for (String id : ids) {
            Archive.Tagged tagged = Archive.tags(articles, id, tagIdentity);
            String index = Tags.indexPath(id);
            out.put(index, page("tags.peb", tagIndex(id, tagged)));
            pages.put(index, latest);
            for (Archive.Tag tag : tagged.tags()) {
                String path = Tags.path(id, tag.slug());
                out.put(path, page("tag.peb", tagPage(id, tag)));
                pages.put(path, tag.articles().stream().map(a -> a.text().article().modified())
                        .max(java.util.Comparator.comparing(ArticleDate::instant)).orElse(latest));
            }
        }
        out.put(SiteLayout.NOT_FOUND, page("404.peb", notFound()));
        for (String id : ids) {
            String glossary = SiteLayout.glossaryPage(id);
            out.put(glossary, page("glossary.peb", glossary(id, articles.get(id))));
            pages.put(glossary, latest);
            articles.get(id).forEach(a -> pages.put(editionPath(id, a.slug()), a.text().article().modified()));
        }
        articles.get(ids.get(0)).forEach(a -> {
            for (List<String> pair : SiteLayout.pairs(ids)) {
                pages.put(SiteLayout.parallelPage(ids, a.slug(), pair.get(0), pair.get(1)), a.text().article().modified());
            }
        });
        String base = content.site().baseUrl();
        if (base.isEmpty()) {
            return 0;
        }
        for (String id : ids) {
            out.put(AtomFeed.path(id), AtomFeed.of(base, editions.get(id), articles.get(id)));
        }
        Sitemap.files(base, pages).forEach(out::put);
        return ids.size();
    }

    private byte[] page(String template, Map<String, Object> context) {
        return templates.render(template, context).getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> common(String id, String root, String path, String title, String description) {
        // Every page of an edition announces that edition's feed; the pages in several editions
        // (home, parallel view) replace the list with theirs, the 404 page with none.
        Edition e = editions.get(id);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("lang", e.spec().lang());
        c.put("root", root);
        c.put("labels", e.labels());
        c.put("site", Map.of("title", e.siteTitle(), "tagline", e.tagline()));
        c.put("title", title);
        c.put("description", description);
        c.put("path", path);
        String base = content.site().baseUrl();
        c.put("canonical", base.isEmpty() ? "" : base + path);
        c.put("edition", editionInfo(id));
        List<Map<String, Object>> others = new ArrayList<>();
        for (String o : ids) {
            if (!o.equals(id)) {
                others.add(editionInfo(o));
            }
        }
        c.put("others", others);
        c.put("inlineScript", "");
        c.put("inlineScriptHash", "");
        c.put("feeds", feeds(root, id));
        return c;
    }

    /**
     * The edition switch of a page: every other edition, with the address of the same page there
     * and the title it has there.
     *
     * @param path  the page's path in the site
     * @param page  the same page's path in an edition, from the edition's id
     * @param title the page's title in an edition, by id; null for none
     */
    private List<Map<String, Object>> switches(String id, String path, java.util.function.UnaryOperator<String> page,
            java.util.function.Function<String, String> title) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String o : ids) {
            if (!o.equals(id)) {
                Map<String, Object> m = new LinkedHashMap<>(editionInfo(o));
                m.put("href", SiteLayout.link(path, page.apply(o)));
                m.put("title", title == null ? "" : title.apply(o));
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The feeds a page announces ({@code <link rel="alternate" type="application/atom+xml">}):
     * its edition's, or on a page in several editions theirs; none without a base URL, since
     * feeds are then not written.
     *
     * @param root the page's way back to the site's root
     */
    private List<Map<String, Object>> feeds(String root, String... of) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (content.site().baseUrl().isEmpty()) {
            return out;
        }
        for (String id : of) {
            out.add(Map.of("lang", editions.get(id).spec().lang(), "href", root + AtomFeed.path(id),
                    "title", AtomFeed.title(editions.get(id)), "type", AtomFeed.TYPE));
        }
        return out;
    }

    /** An edition as templates name it: id (its folder), lang, name, longName, label, locale, labels. */
    private Map<String, Object> editionInfo(String id) {
        Edition e = editions.get(id);
        return Map.of("id", id, "lang", e.spec().lang(), "name", e.spec().name(), "longName", e.spec().longName(),
                "label", e.spec().label(), "locale", e.spec().locale(), "labels", e.labels());
    }

    /** The pair of editions an edition's page offers as its parallel view: the first edition beside it (the first two for the first). */
    private String parallelHref(String id, String slug, String path) {
        String left = ids.get(0);
        String right = id.equals(left) ? (ids.size() > 1 ? ids.get(1) : left) : id;
        return SiteLayout.link(path, SiteLayout.parallelPage(ids, slug, left, right));
    }

    private Map<String, Object> article(String id, Map<String, EditionArticle> all) {
        EditionArticle a = all.get(id);
        String path = editionPath(id, a.slug());
        Map<String, Object> c = common(id, "../", path, a.text().title(),
                a.text().description().isEmpty() ? a.text().standfirst() : a.text().description());
        c.put("article", a.text());
        c.put("sourceLang", a.text().article().script().tag());
        List<Map<String, Object>> emendations = new ArrayList<>();
        var convert = editions.get(id).converter();
        for (var em : a.text().emendations()) {
            emendations.add(Map.of("at", em.at(), "was", em.was(), "now", em.now(), "note", em.note(),
                    "wasName", MarkNames.of(em.was(), convert::convert), "nowName", MarkNames.of(em.now(), convert::convert)));
        }
        c.put("emendations", emendations);
        c.put("slug", a.slug());
        c.put("blocks", a.blocks());
        c.put("others", switches(id, path, o -> editionPath(o, a.slug()), o -> all.get(o).text().title()));
        c.put("parallelHref", parallelHref(id, a.slug(), path));
        c.put("epubHref", SiteLayout.link(path, SiteLayout.book(id, a.slug())));
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
        for (String id : ids) {
            out.add(Map.of("lang", editions.get(id).spec().lang(), "href", root + page.apply(id)));
        }
        return out;
    }

    /**
     * An edition's glossary page: categories and entries in the editor's order (see
     * {@code glossary.peb} for why), each entry with links back to every place it is annotated in
     * the newest {@value GlossaryUses#SHOWN} articles that use it, and the count of older ones
     * ({@link GlossaryUses}).
     */
    private Map<String, Object> glossary(String id, List<PublishedArticle> published) {
        Edition e = editions.get(id);
        String path = SiteLayout.glossaryPage(id);
        Map<String, Object> c = common(id, "../", path, e.labels().getOrDefault("glossary", "") + " | " + e.siteTitle(),
                e.labels().getOrDefault("glossary_description", ""));
        // Each term's uses, an article at a time with its notes of the term in page order; only
        // the articles shown are turned into links.
        Map<String, List<TermUse>> byTerm = new LinkedHashMap<>();
        for (PublishedArticle a : published) {
            Map<String, List<PublishedArticle.Mark>> marks = new LinkedHashMap<>();
            for (PublishedArticle.Mark m : a.marks()) {
                marks.computeIfAbsent(m.term(), k -> new ArrayList<>()).add(m);
            }
            marks.forEach((term, list) -> byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(new TermUse(a, list)));
        }
        Map<String, GlossaryUses.Selection<Map<String, Object>>> uses = new LinkedHashMap<>();
        byTerm.forEach((term, list) -> {
            GlossaryUses.Selection<TermUse> newest = GlossaryUses.newest(list, u -> u.article().text().article().date(),
                    u -> u.article().slug());
            List<Map<String, Object>> shown = new ArrayList<>();
            for (TermUse u : newest.shown()) {
                List<Map<String, Object>> links = new ArrayList<>();
                for (PublishedArticle.Mark m : u.marks()) {
                    links.add(Map.of("href", SiteLayout.link(path, editionPath(id, u.article().slug())) + "#t" + m.number(),
                            "kind", m.blockKind(), "number", m.blockId().substring(1), "text", m.text()));
                }
                shown.add(Map.of("article", u.article().text().title(), "links", links));
            }
            uses.put(term, new GlossaryUses.Selection<>(shown, newest.more()));
        });
        Map<String, String> headwords = new LinkedHashMap<>();
        e.glossary().terms().forEach(t -> headwords.put(t.term(), t.id()));
        List<Map<String, Object>> categories = new ArrayList<>();
        for (var cat : e.glossary().categories()) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Term t : cat.terms()) {
                List<Map<String, Object>> see = new ArrayList<>();
                t.see().forEach(x -> see.add(Map.of("term", x, "id", headwords.getOrDefault(x, ""))));
                GlossaryUses.Selection<Map<String, Object>> u = uses.get(t.id());
                entries.add(Map.of("term", t, "uses", u == null ? List.of() : u.shown(), "more", u == null ? 0 : u.more(),
                        "see", see, "regional", regional(id, t)));
            }
            categories.add(Map.of("name", cat.name(), "en", cat.en(), "entries", entries));
        }
        c.put("categories", categories);
        c.put("others", switches(id, path, SiteLayout::glossaryPage, null));
        c.put("alternates", alternates("../", SiteLayout::glossaryPage));
        return c;
    }

    /** One article's notes of one glossary term, in page order. */
    private record TermUse(PublishedArticle article, List<PublishedArticle.Mark> marks) {
    }

    /**
     * What other editions of the same script call a glossary entry, where their headword differs
     * from this edition's: the Hong Kong form 英偉達 beside Taiwan's 輝達 (label, lang, term).
     */
    private List<Map<String, Object>> regional(String id, Term term) {
        List<Map<String, Object>> out = new ArrayList<>();
        Edition own = editions.get(id);
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(term.term()));
        for (String o : ids) {
            Edition other = editions.get(o);
            if (o.equals(id) || other.script() != own.script()) {
                continue;
            }
            Term t = other.glossary().terms().stream().filter(x -> x.id().equals(term.id())).findFirst().orElse(null);
            if (t != null && seen.add(t.term())) {
                out.add(Map.of("longName", other.spec().longName(), "lang", other.spec().lang(), "term", t.term()));
            }
        }
        return out;
    }

    /**
     * The parallel view of two editions, row by row; a reader picks another pair from the list
     * of every pair the page shows above the text when the site has more than two editions
     * (links: it needs no script).
     */
    private Map<String, Object> parallel(EditionArticle left, EditionArticle right) {
        String l = left.text().edition().id();
        String r = right.text().edition().id();
        String path = SiteLayout.parallelPage(ids, left.slug(), l, r);
        Map<String, Object> c = common(l, "../", path, left.text().title(), left.text().standfirst());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < left.parallelBlocks().size(); i++) {
            Block lb = left.parallelBlocks().get(i);
            Block rb = right.parallelBlocks().get(i);
            rows.add(Map.of("id", lb.id(), "kind", lb.kind(), "left", lb.html(), "right", rb.html()));
        }
        Map<String, Object> leftInfo = new LinkedHashMap<>(editionInfo(l));
        leftInfo.put("text", left.text());
        Map<String, Object> rightInfo = new LinkedHashMap<>(editionInfo(r));
        rightInfo.put("text", right.text());
        c.put("left", leftInfo);
        c.put("right", rightInfo);
        c.put("slug", left.slug());
        c.put("rows", rows);
        List<Map<String, Object>> pairs = new ArrayList<>();
        if (ids.size() > 2) {
            for (List<String> pair : SiteLayout.pairs(ids)) {
                String p = SiteLayout.parallelPage(ids, left.slug(), pair.get(0), pair.get(1));
                pairs.add(Map.of("href", SiteLayout.fileName(p), "current", p.equals(path),
                        "left", editionInfo(pair.get(0)), "right", editionInfo(pair.get(1))));
            }
        }
        c.put("pairs", pairs);
        c.put("alternates", List.of());
        c.put("published", left.text().article().date());
        c.put("updated", left.text().article().updated());
        c.put("feeds", feeds("../", l, r));
        return c;
    }

    /**
     * The first edition of another script than the first edition's (the Simplified beside the
     * Traditional): the home and 404 pages are written in the first and show its words too.
     */
    private String alt() {
        Edition first = editions.get(ids.get(0));
        return ids.stream().filter(id -> editions.get(id).script() != first.script()).findFirst().orElse(ids.get(0));
    }

    private Map<String, Object> home(Map<String, List<PublishedArticle>> articles) {
        // The page's lang is the first edition's, and an attribute cannot mark half its value as
        // another language, so title and description are in the first edition only; the page
        // itself shows every edition.
        String first = ids.get(0);
        Map<String, Object> c = common(first, "", SiteLayout.HOME, editions.get(first).siteTitle(), editions.get(first).tagline());
        List<Map<String, Object>> list = new ArrayList<>();
        List<PublishedArticle> own = articles.get(first);
        for (int i = 0; i < own.size(); i++) {
            PublishedArticle t = own.get(i);
            // Each other edition's title under the first: always in another script, in the same
            // script only where it differs from every title shown (輝達 for 英偉達).
            List<Map<String, Object>> alts = new ArrayList<>();
            java.util.Set<String> shown = new java.util.HashSet<>(List.of(t.text().title()));
            for (String id : ids.subList(1, ids.size())) {
                String title = articles.get(id).get(i).text().title();
                if (editions.get(id).script() != editions.get(first).script() || shown.add(title)) {
                    shown.add(title);
                    alts.add(Map.of("lang", editions.get(id).spec().lang(), "title", title));
                }
            }
            list.add(Map.of("slug", t.slug(), "text", t.text(), "alts", alts, "date", t.text().article().date()));
        }
        c.put("articles", list);
        c.put("months", Archive.months(list, m -> ((ArticleDate) m.get("date"))));
        List<Map<String, Object>> tagIndexes = new ArrayList<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (String id : ids) {
            tagIndexes.add(Map.of("lang", editions.get(id).spec().lang(), "href", Tags.indexPath(id),
                    "label", editions.get(id).labels().getOrDefault("tag_index", ""), "edition", editions.get(id).spec().label()));
            all.add(editionInfo(id));
        }
        c.put("tagIndexes", tagIndexes);
        c.put("editions", all);
        c.put("feeds", feeds("", ids.toArray(String[]::new)));
        Edition alt = editions.get(alt());
        c.put("alt", Map.of("title", alt.siteTitle(), "tagline", alt.tagline(), "labels", alt.labels(), "lang", alt.spec().lang()));
        c.put("alternates", List.of());
        return c;
    }

    /** An edition's tag index: every tag, by name, with how many articles carry it. */
    private Map<String, Object> tagIndex(String id, Archive.Tagged tagged) {
        Edition e = editions.get(id);
        String path = Tags.indexPath(id);
        Map<String, Object> c = common(id, "../../", path, e.labels().getOrDefault("tag_index", "") + " | " + e.siteTitle(), "");
        List<Map<String, Object>> list = new ArrayList<>();
        for (Archive.Tag t : tagged.byName()) {
            list.add(Map.of("name", t.name(), "href", SiteLayout.link(path, Tags.path(id, t.slug())), "count", t.articles().size()));
        }
        c.put("tags", list);
        c.put("others", switches(id, path, SiteLayout::tagIndex, null));
        c.put("alternates", alternates("../../", SiteLayout::tagIndex));
        return c;
    }

    /** One tag's page in one edition: its articles, newest first, grouped by month. */
    private Map<String, Object> tagPage(String id, Archive.Tag tag) {
        Edition e = editions.get(id);
        String path = Tags.path(id, tag.slug());
        Map<String, Object> c = common(id, "../../", path, tag.name() + " | " + e.siteTitle(), "");
        List<Map<String, Object>> list = new ArrayList<>();
        for (PublishedArticle a : tag.articles()) {
            list.add(Map.of("slug", a.slug(), "href", SiteLayout.link(path, editionPath(id, a.slug())), "text", a.text(),
                    "date", a.text().article().date()));
        }
        c.put("tag", Map.of("name", tag.name(), "slug", tag.slug()));
        c.put("months", Archive.months(list, m -> ((ArticleDate) m.get("date"))));
        c.put("others", switches(id, path, edition -> SiteLayout.tagPage(edition, tag.slug()), null));
        c.put("alternates", alternates("../../", edition -> SiteLayout.tagPage(edition, tag.slug())));
        return c;
    }

    private Map<String, Object> notFound() {
        // Pages serves 404.html at whatever address was missing, so relative links would break
        // there; with a base URL the page links absolutely, without one it works at the root.
        String first = ids.get(0);
        Map<String, Object> c = common(first, content.site().baseUrl(), SiteLayout.NOT_FOUND,
                editions.get(first).labels().getOrDefault("not_found", "404"), "");
        c.put("alt", Map.of("labels", editions.get(alt()).labels(), "lang", editions.get(alt()).spec().lang()));
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
