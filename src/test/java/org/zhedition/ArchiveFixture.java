package org.zhedition;

import org.zhedition.build.Build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhedition.write.SiteWriter;

/**
 * The 100-article archive fixture ({@code src/test/resources/projects/archive}, see its README):
 * the shared files from there, the articles written here, deterministically. Each article's
 * date, keywords, headings and script follow from its number {@code i} (0 the newest) by
 * arithmetic alone; its file name does not follow the date order.
 */
public final class ArchiveFixture {
    /** The fixture's folder, relative to the repository root. */
    public static final String FIXTURE = "src/test/resources/projects/archive";
    /** Where {@link #site()} builds it, relative to the repository root. */
    public static final String SITE = "target/archive-site";
    public static final int ARTICLES = 100;
    private static final LocalDate NEWEST = LocalDate.of(2026, 6, 30);

    /** One keyword as each script writes it. */
    private record Keyword(String hant, String hans) {
    }

    private static final List<Keyword> KEYWORDS = List.of(
            new Keyword("DeepSeek", "DeepSeek"),
            new Keyword("AI", "ai"),
            new Keyword("人工智能", "人工智能"),
            new Keyword("晶片", "芯片"),
            new Keyword("臺灣", "台湾"),
            new Keyword("開源模型", "开源模型"),
            new Keyword("出口管制", "出口管制"),
            new Keyword("美股", "美股"),
            new Keyword("英偉達", "英伟达"),
            new Keyword("GPU 供應鏈", "GPU 供应链"),
            new Keyword("算力", "算力"),
            new Keyword("半導體", "半导体"));

    private static final String[][] SENTENCES = {
        {"這家公司表示，新模型的訓練只用了少量算力。", "这家公司表示，新模型的训练只用了少量算力。"},
        {"研究人員把大模型的能力蒸餾到較小的模型中。", "研究人员把大模型的能力蒸馏到较小的模型中。"},
        {"開源社群很快就重現了這項成果。", "开源社区很快就重现了这项成果。"},
        {"市場擔心晶片的出口管制會進一步收緊。", "市场担心芯片的出口管制会进一步收紧。"},
        {"分析師認為，GPU的供應仍是最大的瓶頸。", "分析师认为，GPU的供应仍是最大的瓶颈。"},
        {"島內的晶圓廠今年擴大了產能。", "岛内的晶圆厂今年扩大了产能。"},
        {"記者在展覽會上訪問了多位工程師。", "记者在展览会上采访了多位工程师。"},
        {"這篇報道的數字均來自公司公開的財報。", "这篇报道的数字均来自公司公开的财报。"},
    };

    private static final String[][] HEADINGS = {
        {"背景", "背景"}, {"市場反應", "市场反应"}, {"技術細節", "技术细节"}, {"各方評論", "各方评论"}, {"未來展望", "未来展望"},
    };

    private static Path site;

    private ArchiveFixture() {
    }

    /** The fixture's folder. */
    public static Path fixture() {
        return TestProjects.repository().resolve(FIXTURE);
    }

    /** Writes {@code dir/content} (shared files and the 100 articles) and {@code dir/templates}; returns {@code dir}. */
    public static Path write(Path dir) {
        TestProjects.copyTree(fixture().resolve("content"), dir.resolve("content"));
        TestProjects.copyTree(TestProjects.templates(), dir.resolve("templates"));
        try {
            Path articles = dir.resolve("content/articles");
            Files.createDirectories(articles);
            for (int i = 0; i < ARTICLES; i++) {
                Files.writeString(articles.resolve(slug(i) + ".md"), article(i), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The fixture built once per JVM into {@link #SITE} (a full build, as {@code build --full}). */
    public static synchronized Path site() {
        if (site == null) {
            Path root = TestProjects.repository().resolve("target/archive-project");
            try {
                if (Files.exists(root)) {
                    SiteWriter.delete(root);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(root);
            Path out = TestProjects.repository().resolve(SITE);
            SiteWriter.replace(out, Build.run(root.resolve("content"), root.resolve("templates")).files());
            site = out;
        }
        return site;
    }

    /**
     * One page of each kind of the built fixture, in each edition: the home page (months), the
     * tag index, a tag page, and articles with a table of contents and links to both neighbours
     * (2), to the older one only (0, the newest) and to the newer one only (the oldest). What the
     * validity and accessibility checks read (the whole site is more than 200 pages alike).
     */
    public static List<Path> samplePages() {
        Path built = site();
        List<Path> out = new ArrayList<>(List.of(built.resolve("index.html")));
        for (String edition : List.of("zh-Hant", "zh-Hans")) {
            out.add(built.resolve(edition + "/tags/index.html"));
            out.add(built.resolve(edition + "/tags/deepseek.html"));
            for (int i : new int[] {0, 2, ARTICLES - 1}) {
                out.add(built.resolve(edition + "/" + slug(i) + ".html"));
            }
        }
        return out;
    }

    /** Article {@code i}'s file name without {@code .md}: not in date order ({@code story-37} is the second newest). */
    public static String slug(int i) {
        return String.format(Locale.ROOT, "story-%02d", (i * 37) % ARTICLES);
    }

    /** Whether article {@code i} is written in Simplified (every fifth). */
    static boolean simplified(int i) {
        return i % 5 == 4;
    }

    /** How many headings article {@code i} has: 0, 2, 3 or 5. */
    public static int headings(int i) {
        return new int[] {0, 2, 3, 5}[i % 4];
    }

    /** Its day: a week apart, two articles sharing a day now and then. */
    static LocalDate day(int i) {
        return NEWEST.minusDays(i * 7L - (i % 6 == 1 ? 7 : 0));
    }

    /** The article's Markdown file. */
    static String article(int i) {
        int s = simplified(i) ? 1 : 0;
        int n = (i * 37) % ARTICLES;
        List<String> keywords = new ArrayList<>();
        for (int j = 0; j <= i % 4; j++) {
            Keyword k = KEYWORDS.get((i * 5 + j * 3) % KEYWORDS.size());
            String form = s == 1 ? k.hans() : k.hant();
            // 臺灣 and 台灣: two Traditional forms of one tag.
            keywords.add(form.equals("臺灣") && i % 2 == 1 ? "台灣" : form);
        }
        String date = day(i).toString() + (i % 10 == 3 ? "T09:30:00+08:00" : "");
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(keywords.get(0)).append(s == 1 ? "周报（第" : "週報（第").append(n).append("期）\n");
        md.append("standfirst: ").append(SENTENCES[i % SENTENCES.length][s]).append('\n');
        md.append("script: ").append(s == 1 ? "zh-Hans" : "zh-Hant").append('\n');
        md.append("date: ").append(date).append('\n');
        if (i % 7 == 2) {
            md.append("updated: ").append(day(i).plusDays(3)).append('\n');
        }
        md.append("keywords: [").append(String.join(", ", keywords.stream().map(k -> "\"" + k + "\"").toList())).append("]\n");
        md.append("---\n\n");
        int heads = headings(i);
        int paragraphs = Math.max(4, heads + 2);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && p - 1 < heads) {
                String[] h = HEADINGS[(p - 1) % HEADINGS.length];
                // Five headings: the last two one level down.
                md.append(heads == 5 && p - 1 >= 3 ? "### " : "## ").append(h[s]).append("\n\n");
            }
            md.append(SENTENCES[(i + p) % SENTENCES.length][s]).append(SENTENCES[(i + p + 3) % SENTENCES.length][s])
                    .append("\n\n");
        }
        return md.toString();
    }
}
