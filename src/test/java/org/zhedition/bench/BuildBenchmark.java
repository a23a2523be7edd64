package org.zhedition.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.zhedition.build.Build;
import org.zhedition.build.Report;
import org.zhedition.incremental.BuildCache;
import org.zhedition.write.SiteWriter;

/**
 * The build benchmark ({@code mvn -Pbench verify}): full bilingual builds of generated corpora of
 * 1, 100, 1,000 and 10,000 articles, plus an incremental rebuild after a one-line edit, in one JVM
 * (started with {@code -Xmx2g}, room for 10,000 articles; each row reports its peak heap).
 *
 * <p>Each row: warm-up runs, then the median of five measured runs, each a real
 * {@code Build.run} streaming into a {@code SiteWriter} draft of a temporary folder, as
 * {@code Main build} does. Peak heap is the sum
 * of the heap pools' peaks during the run (an upper bound: the pools need not peak together).
 * Stage times are summed over threads, so on several cores they add up to more than the wall time.
 *
 * <p>{@code --corpus DIR N} only writes a corpus of N articles to DIR (for the comparison
 * scripts in {@code bench/}).
 */
public final class BuildBenchmark {
    private static final int RUNS = 5;
    private static final List<String> STAGES = List.of("load", "convert", "parse", "annotate", "render", "pages", "write");

    private BuildBenchmark() {
    }

    /** One measured build. */
    private record Run(double wallMillis, long peakHeap, Map<String, Double> stages, long converted) {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 3 && args[0].equals("--corpus")) {
            Corpus.write(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 100, 1000, 10000};
        out.printf(Locale.ROOT, "zhedition build benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        out.println("median of " + RUNS + " runs after warm-up; stage times in ms summed over threads");
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-22s | %9s | %10s | %8s | %9s |",
                "build", "wall ms", "articles/s", "MB/s", "peak heap"));
        StringBuilder rule = new StringBuilder("|------------------------|-----------|------------|----------|-----------|");
        for (String s : STAGES) {
            header.append(String.format(Locale.ROOT, " %8s |", s));
            rule.append("----------|");
        }
        out.println(header);
        out.println(rule);
        for (int n : sizes) {
            Path root = Files.createTempDirectory("zhedition-bench-");
            try {
                Corpus.write(root, n);
                double mb = Corpus.sourceBytes(root) / 1e6;
                int warmups = n >= 10000 ? 1 : n >= 1000 ? 2 : 5;
                out.println(row("full, " + n + " articles", n, mb, measure(root, n, warmups, false)));
                out.println(row("1 edited of " + n, 1, mb / n, measure(root, n, warmups, true)));
            } finally {
                SiteWriter.delete(root);
            }
        }
    }

    private static Run measure(Path root, int n, int warmups, boolean incremental) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < warmups + RUNS; i++) {
            Run r = once(root, n, incremental, i);
            if (i >= warmups) {
                runs.add(r);
            }
        }
        runs.sort((a, b) -> Double.compare(a.wallMillis, b.wallMillis));
        Run median = runs.get(RUNS / 2);
        if (incremental && median.converted != 1) {
            throw new IllegalStateException("incremental run converted " + median.converted + " articles, not 1");
        }
        return median;
    }

    /** One build; incremental runs first edit one line of one article, so exactly one is converted. */
    private static Run once(Path root, int n, boolean incremental, int iteration) {
        if (incremental) {
            if (iteration == 0) {
                build(root, incremental);
            }
            editOneLine(root.resolve("content/articles/" + Corpus.slug(1 + iteration % n) + ".md"), iteration);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Report report = build(root, incremental);
        long end = System.nanoTime();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Run((end - start) / 1e6, peak, new TreeMap<>(report.stageMillis()), report.count("converted"));
    }

    /** A build exactly as {@code Main build} runs it: streamed into a draft of site/, then swapped in. */
    private static Report build(Path root, boolean incremental) {
        long[] built = new long[1];
        Report report = SiteWriter.write(root.resolve("site"), out -> {
            BuildCache cache = incremental
                    ? BuildCache.open(root.resolve(".cache/articles"), root.resolve("content"), root.resolve("templates"))
                    : BuildCache.none();
            Report r = Build.run(root.resolve("content"), root.resolve("templates"), cache, out);
            built[0] = System.nanoTime();
            return r;
        });
        report.time("write", built[0]);
        return report;
    }

    private static void editOneLine(Path article, int iteration) {
        try {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String marker = "本文是測試語料的第";
            int at = text.lastIndexOf(marker);
            Files.writeString(article, text.substring(0, at) + "（修訂" + iteration + "）" + text.substring(at),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(String name, int articles, double mb, Run r) {
        Map<String, Double> stages = new LinkedHashMap<>();
        STAGES.forEach(s -> stages.put(s, r.stages.getOrDefault(s, 0.0)));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-22s | %9.1f | %10.1f | %8.2f | %6d MB |",
                name, r.wallMillis, articles / (r.wallMillis / 1000), mb / (r.wallMillis / 1000), r.peakHeap >> 20));
        stages.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %8.1f |", v)));
        return line.toString();
    }
}
