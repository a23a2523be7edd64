package org.zhedition.render;

import org.zhedition.site.SiteLayout;
import java.util.Comparator;
import java.util.List;
import org.zhedition.content.Article;
import org.zhedition.content.ArticleDate;
import org.zhedition.edition.Edition;
import org.zhedition.edition.PublishedArticle;
import org.zhedition.edition.ConvertedArticle;

/**
 * An edition's Atom 1.0 feed (RFC 4287), {@code zh-Hant/feed.xml} and {@code zh-Hans/feed.xml}:
 * one entry per article for the newest {@value #ENTRIES} articles, newest first, with its title,
 * standfirst as the summary, dates and absolute address. Atom needs absolute addresses, so a feed is written only when the editor
 * set {@code base_url}. Ids are the pages' addresses, so they stay the same from build to build.
 */
public final class AtomFeed {
    /** The feed's file name in each edition's folder. */
    public static final String FILE = SiteLayout.FEED;
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** The media type pages announce the feed with. */
    public static final String TYPE = "application/atom+xml";
    /**
     * How many articles a feed lists: the newest, by {@code date}. Feed readers fetch the whole
     * file every time they poll, and they only need what is new since their last visit; a feed of
     * every article grows with the archive (thousands of entries, megabytes per poll) while a
     * reader shows nothing of it beyond the first screen. Older articles stay on the home page,
     * the tag pages and the sitemap.
     */
    public static final int ENTRIES = 50;

    private AtomFeed() {
    }

    /** Where the feed of an edition (its id) is, relative to the site. */
    public static String path(String edition) {
        return SiteLayout.feed(edition);
    }

    /** The feed's title: the site's name and the edition's, e.g. 雙語註釋版（繁體中文）. */
    public static String title(Edition edition) {
        return edition.siteTitle() + "（" + edition.spec().longName() + "）";
    }

    /**
     * The feed of one edition.
     *
     * @param baseUrl  the site's public address, ending in {@code /}
     * @param all      the edition's articles, newest first; the feed lists the first {@value #ENTRIES}
     */
    static byte[] of(String baseUrl, Edition edition, List<PublishedArticle> all) {
        List<PublishedArticle> articles = all.subList(0, Math.min(ENTRIES, all.size()));
        String self = baseUrl + path(edition.id());
        XmlDocument xml = new XmlDocument("feed", NAMESPACE, "xml:lang", edition.spec().lang());
        xml.element("id", self)
                .element("title", title(edition))
                .element("subtitle", edition.tagline())
                .element("updated", latest(articles).dateTime())
                .empty("link", "rel", "self", "type", TYPE, "href", self)
                .empty("link", "rel", "alternate", "type", "text/html", "href", baseUrl + SiteLayout.HOME)
                .open("author").element("name", edition.siteTitle()).close()
                .element("generator", "zhedition");
        for (PublishedArticle a : articles) {
            ConvertedArticle t = a.text();
            Article article = t.article();
            String page = baseUrl + SiteLayout.articlePage(edition.id(), a.slug());
            xml.open("entry")
                    .element("id", page)
                    .element("title", t.title())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", page)
                    .element("published", article.date().dateTime())
                    .element("updated", article.modified().dateTime())
                    .element("summary", t.standfirst());
            if (!t.source().author().isEmpty()) {
                xml.open("author").element("name", t.source().author()).close();
            }
            for (String k : t.keywords()) {
                xml.empty("category", "term", k);
            }
            xml.close();
        }
        return xml.finish();
    }

    /** The latest change of any article listed: the feed's own {@code updated}. */
    static ArticleDate latest(List<PublishedArticle> articles) {
        return articles.stream().map(a -> a.text().article().modified())
                .max(Comparator.comparing(ArticleDate::instant)).orElseThrow();
    }
}
