package org.zhedition.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.zhedition.content.Article;
import org.zhedition.content.Article.Emendation;
import org.zhedition.content.Article.Source;
import org.zhedition.edition.Edition;
import org.zhedition.edition.EditionArticle;
import org.zhedition.glossary.Note;
import org.zhedition.body.BodyRenderer.Block;
import org.zhedition.body.BodyRenderer.Book;
import org.zhedition.body.BodyRenderer.Heading;
import org.zhedition.script.ConversionLog;
import org.zhedition.edition.ConvertedArticle;
import org.zhedition.script.Rule;
import org.zhedition.script.EditionSpec;
import org.zhedition.write.FileSum;

/**
 * The products of the article stages (converted texts, rendered blocks, notes, and what the
 * conversion recorded for the report), one file per article ({@code SLUG.bin}), keyed by a
 * {@link Fingerprint}; beside it the record of the article's pages ({@code SLUG.pages}) and its
 * lint warnings ({@code SLUG.lint}).
 *
 * <p>Lives outside {@code site/} (in {@code .cache/}), so the site stays exactly the pages. A
 * file that is missing, unreadable, of another format or of another key is a miss and the
 * article is rebuilt; the cache can be deleted at any time.
 */
public final class ArticleCache {
    /** What the cache gives back for one article. */
    public record Hit(Map<String, EditionArticle> editions, ConversionLog log) {
    }

    private static final String PAGES = ".pages";
    private static final String LINT = ".lint";
    private final Path dir;

    private ArticleCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir} (created on first write). */
    public static ArticleCache in(Path dir) {
        return new ArticleCache(dir);
    }

    /**
     * The article's products if they were stored under {@code key}; the glossary terms of the
     * notes are taken from the current editions, and rule uses are matched to the current rules.
     */
    public Optional<Hit> get(Article article, String key, Map<String, Edition> editions, List<Rule> siteRules) {
        Optional<byte[]> bytes = read(file(article));
        if (bytes.isEmpty()) {
            return Optional.empty();  // none yet, or unreadable: build the article
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.get()))) {
            if (!header(in, key)) {
                return Optional.empty();
            }
            Map<String, EditionArticle> out = new LinkedHashMap<>();
            for (int e = in.readInt(); e > 0; e--) {
                String id = string(in);
                Edition edition = editions.get(id);
                if (edition == null) {
                    return Optional.empty();  // an edition the site no longer has
                }
                out.put(id, edition(in, article, edition.spec(), edition));
            }
            if (!out.keySet().equals(editions.keySet())) {
                return Optional.empty();
            }
            Map<String, Rule> rules = new HashMap<>();
            Stream.concat(siteRules.stream(), article.rules().stream()).forEach(r -> rules.putIfAbsent(ruleKey(r), r));
            ConversionLog log = new ConversionLog();
            for (int n = in.readInt(); n > 0; n--) {
                String edition = string(in);
                Rule rule = rules.get(string(in));
                long uses = in.readLong();
                if (rule == null) {
                    return Optional.empty();
                }
                log.ruleApplied(edition, rule, uses);
            }
            for (int n = in.readInt(); n > 0; n--) {
                log.repaired(string(in), in.readLong());
            }
            return Optional.of(new Hit(out, log));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores the article's products under {@code key}, replacing any earlier entry. */
    public void put(Article article, String key, Map<String, EditionArticle> editions, ConversionLog log) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            header(out, key);
            out.writeInt(editions.size());
            for (Map.Entry<String, EditionArticle> e : editions.entrySet()) {
                string(out, e.getKey());
                edition(out, e.getValue());
            }
            List<Map.Entry<ConversionLog.Use, Long>> uses = new ArrayList<>(log.uses().entrySet());
            uses.sort(Comparator.comparing((Map.Entry<ConversionLog.Use, Long> u) -> u.getKey().edition())
                    .thenComparing(u -> ruleKey(u.getKey().rule())));
            out.writeInt(uses.size());
            for (Map.Entry<ConversionLog.Use, Long> u : uses) {
                string(out, u.getKey().edition());
                string(out, ruleKey(u.getKey().rule()));
                out.writeLong(u.getValue());
            }
            Map<String, Long> repairs = log.repairs();
            out.writeInt(repairs.size());
            for (Map.Entry<String, Long> r : repairs.entrySet()) {
                string(out, r.getKey());
                out.writeLong(r.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(file(article), article.slug(), bytes.toByteArray());
    }

    /** Writes a cache file whole or not at all (through a temporary file). */
    private void write(Path target, String slug, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, slug, ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * What the article's pages and e-books were when last made under {@code pageKey}: path →
     * length and CRC-32C, to keep them from the current site instead of making them again.
     */
    public Optional<Map<String, FileSum>> pages(String slug, String pageKey) {
        Optional<byte[]> bytes = read(dir.resolve(slug + PAGES));
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines;
        try {  // strictly UTF-8, as the entry was written: anything else is a miss
            lines = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.get())).toString().lines().toList();
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(Fingerprint.FORMAT) || !lines.get(1).equals(pageKey)) {
            return Optional.empty();
        }
        Map<String, FileSum> out = new TreeMap<>();
        try {
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split("\t");
                out.put(f[0], new FileSum(Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** Records what the article's pages and e-books are under {@code pageKey}. */
    public void putPages(String slug, String pageKey, Map<String, FileSum> files) {
        StringBuilder text = new StringBuilder(Fingerprint.FORMAT).append('\n').append(pageKey).append('\n');
        new TreeMap<>(files).forEach((path, sum) -> text.append(path).append('\t').append(sum.length()).append('\t')
                .append(sum.crc()).append('\n'));
        write(dir.resolve(slug + PAGES), slug, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The warnings the build printed for the article's lint findings when its file was last
     * linted under {@code lintKey}, in file order, as the report prints them.
     */
    public Optional<List<String>> lint(String slug, String lintKey) {
        Optional<byte[]> bytes = read(dir.resolve(slug + LINT));
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.get()))) {
            if (!header(in, lintKey)) {
                return Optional.empty();
            }
            List<String> warnings = strings(in);
            return in.available() == 0 ? Optional.of(List.copyOf(warnings)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records the article's lint warnings under {@code lintKey}, replacing any earlier entry. */
    public void putLint(String slug, String lintKey, List<String> warnings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            header(out, lintKey);
            strings(out, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(dir.resolve(slug + LINT), slug, bytes.toByteArray());
    }

    /**
     * A cache file's bytes, or empty when there is none or it cannot be read (the entry is then a
     * miss). Only an ordinary file is opened: a link could point anywhere, and a pipe would wait
     * forever.
     */
    private static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the header every binary entry starts with: the cache format, then the entry's key. */
    private static void header(DataOutputStream out, String key) throws IOException {
        string(out, Fingerprint.FORMAT);
        string(out, key);
    }

    /** Whether an entry was written in this cache format under {@code key} (see {@link #header(DataOutputStream, String)}). */
    private static boolean header(DataInputStream in, String key) throws IOException {
        return Fingerprint.FORMAT.equals(string(in)) && key.equals(string(in));
    }

    /** Deletes the entries of articles that no longer exist, so the cache does not grow forever. */
    public void keepOnly(Set<String> slugs) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) {
                String name = f.getFileName().toString();
                String suffix = name.endsWith(".bin") ? ".bin" : name.endsWith(PAGES) ? PAGES
                        : name.endsWith(LINT) ? LINT : null;
                if (suffix == null || !slugs.contains(name.substring(0, name.length() - suffix.length()))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the build cache " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path file(Article article) {
        return dir.resolve(article.slug() + ".bin");
    }

    private static String ruleKey(Rule r) {
        return r.origin() + "\u0000" + r.text();
    }

    private static void edition(DataOutputStream out, EditionArticle a) throws IOException {
        ConvertedArticle t = a.text();
        string(out, t.title());
        string(out, t.standfirst());
        string(out, t.description());
        strings(out, t.keywords());
        Source s = t.source();
        strings(out, List.of(s.publication(), s.author(), s.column(), s.headline(), s.url()));
        string(out, t.credits());
        out.writeInt(t.emendations().size());
        for (Emendation e : t.emendations()) {
            strings(out, List.of(e.at(), e.was(), e.now(), e.note()));
        }
        string(out, t.body());
        strings(out, a.photoCredits());
        blocks(out, a.blocks());
        blocks(out, a.parallelBlocks());
        out.writeInt(a.headings().size());
        for (Heading h : a.headings()) {
            string(out, h.id());
            out.writeInt(h.level());
            string(out, h.text());
        }
        blocks(out, a.book().blocks());
        out.writeInt(a.notes().size());
        for (Note n : a.notes()) {
            out.writeInt(n.number());
            string(out, n.text());
            string(out, n.term());
            out.writeInt(n.block());
        }
        strings(out, a.blockTexts());
    }

    private static EditionArticle edition(DataInputStream in, Article article, EditionSpec script, Edition edition)
            throws IOException {
        String title = string(in);
        String standfirst = string(in);
        String description = string(in);
        List<String> keywords = strings(in);
        List<String> s = strings(in);
        String credits = string(in);
        List<Emendation> emendations = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            List<String> e = strings(in);
            emendations.add(new Emendation(e.get(0), e.get(1), e.get(2), e.get(3)));
        }
        String body = string(in);
        ConvertedArticle text = new ConvertedArticle(article, script, title, standfirst, description, keywords,
                new Source(s.get(0), s.get(1), s.get(2), s.get(3), s.get(4)), credits, emendations, body);
        List<String> photoCredits = strings(in);
        List<Block> blocks = blocks(in);
        List<Block> parallel = blocks(in);
        List<Heading> headings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            headings.add(new Heading(string(in), in.readInt(), string(in)));
        }
        List<Block> bookBlocks = blocks(in);
        Set<String> terms = new HashSet<>();
        edition.glossary().terms().forEach(t -> terms.add(t.id()));
        List<Note> notes = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            int number = in.readInt();
            String chars = string(in);
            String term = string(in);
            int block = in.readInt();
            if (!terms.contains(term) || block < 0 || block >= blocks.size()) {
                throw new IllegalStateException("cached note names a term or a block that is gone");
            }
            notes.add(new Note(term, number, block, chars));
        }
        List<String> blockTexts = strings(in);
        return new EditionArticle(text, blocks, parallel, new Book(bookBlocks), notes, photoCredits, headings,
                blockTexts);
    }


    private static void blocks(DataOutputStream out, List<Block> blocks) throws IOException {
        out.writeInt(blocks.size());
        for (Block b : blocks) {
            strings(out, List.of(b.id(), b.kind(), b.html()));
        }
    }

    private static List<Block> blocks(DataInputStream in) throws IOException {
        List<Block> out = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            List<String> b = strings(in);
            out.add(new Block(b.get(0), b.get(1), b.get(2)));
        }
        return out;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            out.add(string(in));
        }
        return out;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("corrupt cache entry");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
