package org.zhedition.content;

import org.zhedition.input.ContentError;
import org.zhedition.input.TextFile;
import org.zhedition.input.Yaml;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.zhedition.site.SiteLayout;
import org.zhedition.content.Article.Emendation;
import org.zhedition.content.Article.Source;
import org.zhedition.glossary.Annotate;
import org.zhedition.glossary.Glossary;
import org.zhedition.glossary.GlossaryParser;
import org.zhedition.markdown.Markdown;
import org.zhedition.script.InlineMarkup;
import org.zhedition.script.Phrases;
import org.zhedition.script.Punctuation;
import org.zhedition.script.Rule;
import org.zhedition.input.Parallel;
import org.zhedition.script.RuleParser;
import org.zhedition.script.Script;
import org.zhedition.script.EditionSpec;
import org.zhedition.script.Variant;

/**
 * Loads and checks {@code content/}: {@code site.yaml}, {@code conversion.txt},
 * {@code glossary.yaml} and {@code articles/*.md}. Every later stage trusts what this returns,
 * so all input errors surface here, before anything is written.
 */
public final class ContentLoader {
    private static final Set<String> FRONT_MATTER = Set.of("title", "standfirst", "date", "updated", "script", "source",
            "credits", "description", "keywords", "conversion", "emendations", "punctuation");
    private static final Set<String> SOURCE_FIELDS = Set.of("publication", "author", "column", "headline", "url");
    /**
     * Home page and feeds: newest first by {@code date}; articles of the same moment by slug, so
     * that the order never depends on anything but the content.
     */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date().instant()).reversed()
            .thenComparing(Article::slug);
    /** What an article's file name (its page name) may be: lower-case letters, digits and '-'. */
    public static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Page names an edition folder already has: the glossary ({@code zh-Hant/glossary.html}). */
    public static final Set<String> RESERVED_SLUGS = SiteLayout.RESERVED_SLUGS;
    /** A label of earlier versions that printed one publication's credits under every article. */
    private static final String RETIRED_CREDITS_LABEL = "credits_text";
    private static final Set<String> SITE_KEYS = Set.of("title", "tagline", "base_url", "annotate", "punctuation", "labels", "import",
            "editions");
    private static final Set<String> EDITION_KEYS = Set.of("id", "lang", "script", "region", "name", "long_name", "label",
            "punctuation");
    /**
     * What an edition's id (its folder) may be: a language tag's letters, digits and '-', starting
     * with a two- or three-letter language, so that no id is one of site/'s other folders (assets,
     * media, parallel, search).
     */
    private static final java.util.regex.Pattern EDITION_ID = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");


    private ContentLoader() {
    }

    public static Content load(Path root) {
        return load(root, site -> { });
    }

    /**
     * As {@link #load(Path)}, telling {@code onSiteConfig} the site's settings as soon as
     * {@code site.yaml} is read and checked, before the rules, the glossary and the articles: the
     * build starts reading the dictionaries its editions need meanwhile.
     */
    public static Content load(Path root, Consumer<SiteConfig> onSiteConfig) {
        SiteConfig site = siteOf(root);
        onSiteConfig.accept(site);
        List<Rule> rules = rulesOf(root);
        Path glossaryFile = root.resolve("glossary.yaml");
        Glossary glossary = Files.exists(glossaryFile, LinkOption.NOFOLLOW_LINKS)
                ? GlossaryParser.parse(TextFile.read(glossaryFile, root), glossaryFile) : Glossary.empty();
        for (var term : glossary.terms()) {
            for (String text : List.of(term.term(), term.en(), term.note())) {
                InlineMarkup.parse(text, term.file(), term.line());
            }
        }
        List<Article> articles = articles(root.resolve("articles"), root, editionIds(site));
        // Two rules that disagree about one phrase are an error now, before anything is built.
        Phrases phrases = Phrases.site(rules);
        articles.forEach(a -> Phrases.check(a.rules()));
        List<String> images = articles.stream().flatMap(a -> a.images().stream()).toList();
        return new Content(root, site, articles, glossary, rules, phrases, Images.files(root, images));
    }

    /**
     * Only what converting a text needs ({@code convert}): {@code site.yaml} (punctuation per
     * edition), {@code conversion.txt} and, when {@code slug} is not null, the article
     * {@code articles/SLUG.md} — each read and checked as {@link #load} does. The glossary, the
     * other articles and the images are not read, so the result holds no glossary, no media, and
     * the one article or none (no file of that name).
     */
    public static Content loadForConversion(Path root, String slug) {
        SiteConfig site = siteOf(root);
        List<Rule> rules = rulesOf(root);
        Phrases phrases = Phrases.site(rules);
        List<Article> articles = new ArrayList<>();
        if (slug != null && SLUG.matcher(slug).matches()) {
            Path file = root.resolve("articles").resolve(slug + ".md");
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Article a = article(file, root, editionIds(site));
                Phrases.check(a.rules());
                articles.add(a);
            }
        }
        return new Content(root, site, articles, Glossary.empty(), rules, phrases, java.util.Collections.emptySortedMap());
    }

    /** The content folder's {@code site.yaml}; the folder must exist. */
    private static SiteConfig siteOf(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ContentError(root, 0, "content folder not found",
                    "run the build from the project folder, or create content/ with site.yaml and articles/");
        }
        return site(root.resolve("site.yaml"), root);
    }

    /** The vocabulary groups' folder: one file of rules per subject. */
    public static final String VOCABULARY = "vocabulary";

    /**
     * The site's conversion rules: the vocabulary groups ({@code vocabulary/*.txt}, by file name),
     * then {@code conversion.txt}, which a project from before the groups has, read as one more
     * group ({@code conversion}). None without either.
     */
    private static List<Rule> rulesOf(Path root) {
        List<Rule> rules = new ArrayList<>();
        Path dir = root.resolve(VOCABULARY);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new ContentError(dir, 0, "vocabulary is not a folder",
                        "make content/vocabulary/ a folder of rule files (one per subject, e.g. computing.txt)");
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            } catch (IOException e) {
                throw new ContentError(dir, 0, "cannot list the vocabulary groups: " + e.getMessage(),
                        "check the folder's permissions");
            }
            for (Path f : files) {
                rules.addAll(RuleParser.parseFile(TextFile.read(f, root), f));
            }
        }
        Path rulesFile = root.resolve("conversion.txt");
        // An optional file that is there in any form (even a link that leads nowhere) is read, so its problem is reported.
        if (Files.exists(rulesFile, LinkOption.NOFOLLOW_LINKS)) {
            rules.addAll(RuleParser.parseFile(TextFile.read(rulesFile, root), rulesFile));
        }
        return List.copyOf(rules);
    }

    private static Set<String> editionIds(SiteConfig site) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        site.editions().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static List<Article> articles(Path dir, Path root, Set<String> editions) {
        if (!Files.isDirectory(dir)) {
            throw new ContentError(dir, 0, "articles folder not found", "create content/articles/ and put one .md file per article in it");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new ContentError(dir, 0, "cannot list articles: " + e.getMessage(), "check the folder's permissions");
        }
        if (files.isEmpty()) {
            throw new ContentError(dir, 0, "no articles (*.md files) found", "add at least one article, e.g. content/articles/my-article.md");
        }
        // Read and checked on every core; the first error in file order is the one reported, so
        // the message does not depend on which thread got there first.
        List<Article> articles = new ArrayList<>(Parallel.map(files, f -> article(f, root, editions)));
        articles.sort(NEWEST_FIRST);
        return articles;
    }

    static Article article(Path file) {
        return article(file, file.toAbsolutePath().getParent().getParent());
    }

    /** Loads one article; {@code root} is the content folder, which it must really be in. */
    static Article article(Path file, Path root) {
        return article(file, root, Set.of("zh-Hant", "zh-Hans"));
    }

    /** Loads one article of a site with the editions {@code editions} (their ids). */
    static Article article(Path file, Path root, Set<String> editions) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - 3);
        if (!SLUG.matcher(slug).matches()) {
            throw new ContentError(file, 0, "file name '" + name + "' is not a usable page name",
                    "rename it with lower-case letters, digits and '-', e.g. deepseek-shock.md");
        }
        if (RESERVED_SLUGS.contains(slug)) {
            throw new ContentError(file, 0, "'" + name + "' would be written over the edition's page of the same name",
                    "rename the article, e.g. " + slug + "-article.md");
        }
        String text = TextFile.read(file, root);
        if (!text.startsWith("---\n")) {
            throw new ContentError(file, 1, "the article does not start with front matter",
                    "put a '---' line first, then 'title:', 'script:' and the other fields, then a closing '---' line");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            throw new ContentError(file, 1, "front matter is not closed", "add a line with only '---' after the last front-matter field");
        }
        String yaml = text.substring(4, end + 1);
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        String body = end + 5 <= text.length() ? text.substring(end + 5) : "";
        Yaml fm = Yaml.parse(yaml, file, 2);
        if (!fm.isMapping()) {
            throw fm.error("front matter must be 'field: value' lines", "see content/articles/ for an example");
        }
        fm.onlyKeys(FRONT_MATTER);
        String title = fm.required("title");
        String scriptTag = fm.required("script");
        Script script = Script.fromTag(scriptTag).orElseThrow(() -> fm.get("script").get()
                .error("unknown script '" + scriptTag + "'", "write 'script: zh-Hant' or 'script: zh-Hans'"));
        ArticleDate date = ArticleDate.read(fm.get("date").orElseThrow(() -> fm.error("missing required field 'date'",
                "add `date: YYYY-MM-DD` to the front matter: the day the article was first published, e.g. date: 2025-01-28")),
                "date");
        ArticleDate updated = null;
        if (fm.get("updated").isPresent()) {
            Yaml u = fm.get("updated").get();
            updated = ArticleDate.read(u, "updated");
            if (updated.isBefore(date)) {
                throw u.error("updated (" + updated + ") is before date (" + date + ")",
                        "'updated:' is when the article was last changed: write a date on or after " + date
                                + ", or remove the line");
            }
        }
        Source source = fm.get("source").map(ContentLoader::source).orElse(Source.NONE);
        List<Emendation> emendations = new ArrayList<>();
        for (Yaml e : fm.list("emendations")) {
            e.onlyKeys(Set.of("at", "was", "now", "note"));
            emendations.add(new Emendation(e.required("at"), e.optional("was"), e.optional("now"), e.required("note")));
        }
        List<Rule> rules = new ArrayList<>();
        for (Yaml r : fm.list("conversion")) {
            rules.add(RuleParser.parse(r.text(), file, r.line()));
        }
        if (body.strip().isEmpty()) {
            throw new ContentError(file, bodyLine, "the article has no body", "write the article's text after the closing '---'");
        }
        Map<String, Punctuation> punctuation = new LinkedHashMap<>();
        fm.get("punctuation").ifPresent(y -> punctuationPerEdition(y, punctuation, editions));
        rules.addAll(markupRules(fm));
        Document parsed = Markdown.parse(body, file, bodyLine);  // once, for the checks below
        rules.addAll(InlineMarkup.rulesInMarkdown(body, parsed, file, bodyLine));
        Markdown.figures(parsed, file, bodyLine);
        Addresses.check(parsed, file, bodyLine);
        List<String> images = Images.of(parsed, file, bodyLine);
        return new Article(slug, file, script, title, fm.required("standfirst"), date, updated, fm.optional("description"),
                fm.texts("keywords"), source, fm.optional("credits"), emendations, rules, punctuation, body, bodyLine, images);
    }

    /**
     * Inline markup in front matter is checked here so that conversion later cannot fail; the
     * rules its {@code -{H|…}-} and {@code -{A|…}-} declare apply to the whole article, as on Wikipedia.
     */
    private static List<Rule> markupRules(Yaml fm) {
        List<Yaml> texts = new ArrayList<>();
        for (String key : List.of("title", "standfirst", "description", "credits")) {
            fm.get(key).ifPresent(texts::add);
        }
        texts.addAll(fm.list("keywords"));
        fm.get("source").ifPresent(s -> s.entries().forEach((k, v) -> {
            if (!k.equals("url")) {
                texts.add(v);
            }
        }));
        for (Yaml e : fm.list("emendations")) {
            texts.addAll(e.entries().values());
        }
        List<Rule> rules = new ArrayList<>();
        texts.forEach(t -> rules.addAll(checkMarkupIn(t)));
        return rules;
    }

    private static List<Rule> checkMarkupIn(Yaml scalar) {
        return InlineMarkup.parse(scalar.text(), scalar.file(), scalar.line()).rules();
    }

    private static Source source(Yaml y) {
        if (!y.isMapping()) {
            throw y.error("source needs one line per field",
                    "write 'source:' and below it, indented, '  publication: …' and optionally author, column, headline, url");
        }
        y.onlyKeys(SOURCE_FIELDS);
        String url = y.optional("url");
        if (!url.isEmpty()) {
            checkWebAddress(url, y.get("url").get());
        }
        return new Source(y.required("publication"), y.optional("author"), y.optional("column"), y.optional("headline"), url);
    }

    /**
     * Refuses a {@code source.url} that is not a plain http or https address. The check is on
     * the value as YAML decoded it (escapes such as {@code \x6A} already applied), and again on
     * its Unicode compatibility form (full-width letters made plain), so that no spelling of
     * {@code javascript:} or {@code data:} gets through; spaces and control characters, which
     * browsers strip from addresses, are refused outright.
     */
    static void checkWebAddress(String url, Yaml at) {
        String fix = "write the original's full address, starting with https:// or http://, e.g. https://example.org/news/1";
        for (String form : List.of(url, Normalizer.normalize(url, Normalizer.Form.NFKC))) {
            for (int i = 0; i < form.length(); i++) {
                char c = form.charAt(i);
                if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT) {
                    throw at.error("source.url contains a space or an invisible character (U+"
                            + String.format(java.util.Locale.ROOT, "%04X", (int) c) + ")", fix
                            + "; write a space in an address as %20");
                }
            }
            URI uri;
            try {
                uri = new URI(form);
            } catch (URISyntaxException e) {
                throw at.error("source.url '" + url + "' is not a valid web address (" + e.getReason() + ")", fix);
            }
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw at.error("source.url '" + url + "' is not an http or https address",
                        fix + " (other kinds of address, such as javascript: or data:, are refused)");
            }
            if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
                throw at.error("source.url '" + url + "' has no host name", fix);
            }
        }
    }

    /** Reads {@code punctuation: {zh-Hans: keep}} (site.yaml and front matter alike) into {@code out}. */
    private static void punctuationPerEdition(Yaml y, Map<String, Punctuation> out, Set<String> editions) {
        if (!y.isMapping()) {
            throw y.error("punctuation needs one line per edition",
                    "write e.g. 'punctuation:' and below it '  zh-Hans: keep' (keep, mainland or corner)");
        }
        for (Map.Entry<String, Yaml> e : y.entries().entrySet()) {
            if (!editions.contains(e.getKey())) {
                throw e.getValue().error("unknown edition '" + e.getKey() + "' under punctuation",
                        "use one of the editions site.yaml lists: " + String.join(", ", editions));
            }
            out.put(e.getKey(), punctuation(e.getValue()));
        }
    }

    private static Punctuation punctuation(Yaml y) {
        String name = y.text();
        return Punctuation.parse(name).orElseThrow(() -> y.error("unknown punctuation style '" + name + "'",
                "write keep, mainland (“ ” ‘ ’) or corner (「 」『 』)"));
    }

    private static SiteConfig site(Path file, Path root) {
        Yaml y = Yaml.parse(TextFile.read(file, root), file, 1);
        if (!y.isMapping()) {
            throw y.error("site.yaml must be 'field: value' lines", "start with 'title: …'");
        }
        y.onlyKeys(SITE_KEYS);
        String base = y.optional("base_url");
        if (!base.isEmpty() && !base.matches("https?://[^\\s\"'<>]+/")) {
            throw y.get("base_url").get().error("base_url '" + base + "' is not an http(s) address ending in '/'",
                    "write e.g. base_url: https://user.github.io/repo/ or leave it empty");
        }
        Annotate annotate = Annotate.FIRST_IN_SECTION;
        if (y.get("annotate").isPresent()) {
            Yaml a = y.get("annotate").get();
            annotate = switch (a.text()) {
                case "first-in-section" -> Annotate.FIRST_IN_SECTION;
                case "first-in-article" -> Annotate.FIRST_IN_ARTICLE;
                case "every" -> Annotate.EVERY;
                default -> throw a.error("unknown annotate policy '" + a.text() + "'",
                        "write first-in-section, first-in-article or every");
            };
        }
        List<EditionSpec> editions = editions(y);
        Map<String, String> labels = new LinkedHashMap<>();
        y.get("labels").ifPresent(l -> l.entries().forEach((k, v) -> {
            if (k.equals(RETIRED_CREDITS_LABEL)) {
                throw new ContentError(file, v.line(), "the label 'credits_text' is no longer used: the site's"
                        + " labels name no publication, and each article carries its own credits",
                        "move the text into the front matter of the articles it is about, as 'credits: …',"
                                + " and remove the line from site.yaml");
            }
            String t = v.text();
            if (t.isEmpty()) {
                throw v.error("label '" + k + "' is empty", "write the label's text");
            }
            checkMarkupIn(v);
            labels.put(k, t);
        }));
        for (String key : List.of("title", "tagline")) {
            y.get(key).ifPresent(ContentLoader::checkMarkupIn);
        }
        return new SiteConfig(y.required("title"), y.optional("tagline"), base, annotate, editions, labels);
    }

    /**
     * The editions {@code site.yaml} lists under {@code editions:}, in order; without the list,
     * the two editions of earlier versions ({@link EditionSpec#defaults}), with the top-level
     * {@code punctuation:} map, which an {@code editions:} list replaces.
     */
    private static List<EditionSpec> editions(Yaml y) {
        if (y.get("editions").isEmpty()) {
            Map<String, Punctuation> punctuation = new LinkedHashMap<>();
            y.get("punctuation").ifPresent(p -> punctuationPerEdition(p, punctuation, Set.of("zh-Hant", "zh-Hans")));
            return EditionSpec.defaults(punctuation.getOrDefault("zh-Hant", Punctuation.KEEP),
                    punctuation.getOrDefault("zh-Hans", Punctuation.MAINLAND));
        }
        if (y.get("punctuation").isPresent()) {
            throw y.get("punctuation").get().error("the top-level 'punctuation:' map is replaced by the editions list",
                    "move each style into its edition under 'editions:' as '    punctuation: keep' (keep, mainland or corner)"
                            + " and remove the top-level 'punctuation:' block");
        }
        Yaml list = y.get("editions").get();
        if (!list.isSequence() || list.items().isEmpty()) {
            throw list.error("editions needs a list of editions",
                    "write 'editions:' and below it one '  - id: zh-Hant' entry per edition with lang, script, name and label");
        }
        List<EditionSpec> out = new ArrayList<>();
        Map<String, Yaml> seen = new LinkedHashMap<>();
        for (Yaml e : list.items()) {
            if (!e.isMapping()) {
                throw e.error("an edition needs 'field: value' lines",
                        "write e.g. '- id: zh-TW' and below it 'lang: zh-Hant-TW', 'script: Traditional', 'region: TW',"
                                + " 'name: 臺灣正體', 'label: 臺灣版'");
            }
            e.onlyKeys(EDITION_KEYS);
            String id = e.required("id");
            Yaml idAt = e.get("id").get();
            if (!EDITION_ID.matcher(id).matches()) {
                throw idAt.error("edition id '" + id + "' is not a language tag usable as a folder name",
                        "write letters, digits and '-', e.g. zh-TW or zh-Hans-SG");
            }
            Yaml earlier = seen.put(id.toLowerCase(java.util.Locale.ROOT), idAt);
            if (earlier != null) {
                throw idAt.error("edition '" + id + "' is listed twice (ids differ only in case at most; they are folder names)",
                        "keep one entry; the other is at line " + earlier.line());
            }
            String lang = e.required("lang");
            if (!EDITION_ID.matcher(lang).matches()) {
                throw e.get("lang").get().error("lang '" + lang + "' is not a BCP 47 language tag",
                        "write e.g. zh-Hant, zh-Hans or zh-Hant-TW");
            }
            String scriptName = e.required("script");
            Script script = switch (scriptName.toLowerCase(java.util.Locale.ROOT)) {
                case "traditional", "zh-hant", "hant" -> Script.HANT;
                case "simplified", "zh-hans", "hans" -> Script.HANS;
                default -> throw e.get("script").get().error("unknown script '" + scriptName + "'",
                        "write 'script: Traditional' or 'script: Simplified'");
            };
            Variant variant = Variant.of(script);
            if (e.get("region").isPresent()) {
                String region = e.required("region");
                variant = Variant.of(script, region).orElseThrow(() -> e.get("region").get().error(
                        "region '" + region + "' has no " + (script == Script.HANT ? "Traditional" : "Simplified")
                                + " conversion variant", "write one of " + Variant.regions(script)
                                + " (or leave out 'region:' for the script's own variant)"));
            }
            Punctuation punctuation = e.get("punctuation").map(ContentLoader::punctuation)
                    .orElse(script == Script.HANS ? Punctuation.MAINLAND : Punctuation.KEEP);
            String name = e.required("name");
            out.add(new EditionSpec(id, lang, variant, name, e.get("long_name").isPresent() ? e.required("long_name") : name,
                    e.required("label"), punctuation));
        }
        return List.copyOf(out);
    }
}
