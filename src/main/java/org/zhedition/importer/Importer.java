package org.zhedition.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhedition.content.Article.Emendation;
import org.zhedition.input.Yaml;
import org.zhedition.lint.Brackets;
import org.zhedition.lint.Hit;
import org.zhedition.lint.LintFix;
import org.zhedition.script.Characters;
import org.zhedition.script.Script;

/**
 * Turns a scraped article (plain text: a title line, optionally ending in {@code |column}; the
 * standfirst; then one paragraph per line, photo captions ending in 「攝:…」, short lines as
 * subheadings, and the page's debris) into an article file, recording every change as an
 * emendation and listing what needs the editor's judgement instead of guessing it.
 */
public final class Importer {
    private static final Pattern CAPTION = Pattern.compile("^(.*?)(。?)(攝[:：])\\s*(\\S.*)$");
    private static final String SENTENCE_END = "。！？!?」』”…）).";
    private static final int HEADING_MAX = 40;
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ImportSettings settings;
    private final Repairs repairs = new Repairs();
    private final List<Emendation> emendations = new ArrayList<>();
    private final List<String> forEditor = new ArrayList<>();

    private Importer(ImportSettings settings) {
        this.settings = settings;
    }

    /**
     * Imports {@code scrape}; {@code today} is the date written when the scrape does not make the
     * publication date certain (with a reminder in {@link Imported#forEditor()}).
     */
    public static Imported run(String scrape, ImportSettings settings, LocalDate today) {
        return new Importer(settings).importText(scrape, today);
    }

    private Imported importText(String scrape, LocalDate today) {
        List<Line> lines = lines(scrape);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a scrape has a title line, a standfirst and the text");
        }
        String headline = lines.get(0).text();
        String title = headline;
        String column = "";
        int bar = headline.lastIndexOf('|');
        if (bar > 0) {
            title = headline.substring(0, bar).strip();
            column = headline.substring(bar + 1).strip();
            emendations.add(new Emendation("標題", headline.substring(bar), "",
                    "刪去欄目後綴「" + headline.substring(bar) + "」，欄目名另記於source.column。"));
        }
        title = repairs.repair(title);
        String standfirst = repairs.repair(lines.get(1).text());
        StringBuilder body = new StringBuilder();
        List<String> captions = new ArrayList<>();
        StringBuilder allText = new StringBuilder();
        int paragraph = 0;
        for (Line line : lines.subList(2, lines.size())) {
            if (debris(line)) {
                continue;
            }
            String text = repairs.repair(line.text());
            allText.append(text).append('\n');
            Matcher caption = CAPTION.matcher(text);
            if (caption.matches()) {
                String credit = caption.group(4).strip();
                captions.add(caption.group(1) + caption.group(2));
                // Only the credit leaves the caption: a full stop before it stays (the caption keeps group 2).
                emendations.add(new Emendation("圖片說明" + ordinal(captions.size()),
                        line.text().substring(line.text().lastIndexOf("攝")), "credit: " + credit,
                        "攝影署名連同「" + line.text().substring(line.text().lastIndexOf("攝"), line.text().lastIndexOf("攝") + 2)
                                + "」移出說明文字，改記於圖片區塊的credit欄"
                                + (caption.group(2).isEmpty() ? "。" : "；其前的句號留在說明末。")));
                body.append("```figure\ncaption: ").append(scalar(caption.group(1) + caption.group(2)))
                        .append("\ncredit: ").append(scalar(credit)).append("\n```\n\n");
            } else if (text.length() <= HEADING_MAX && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0) {
                body.append("## ").append(text).append("\n\n");
            } else {
                paragraph++;
                judge("第" + paragraph + "段", text);
                body.append(text).append("\n\n");
            }
        }
        judge("標題", title);
        judge("導語", standfirst);
        repairs.counts().forEach((kind, n) -> emendations.add(LintFix.emendation(kind, n)));
        LocalDate date = date(captions, allText.toString(), today);
        String front = "---\n"
                + "title: " + Yaml.quoted(title) + "\n"
                + "standfirst: " + Yaml.quoted(standfirst) + "\n"
                + "date: " + date + "\n"
                + "script: " + script(allText + title + standfirst).tag() + "\n"
                + "source:\n"
                + "  publication: " + Yaml.quoted(settings.publication()) + "\n"
                + (column.isEmpty() ? "" : "  column: " + Yaml.quoted(column) + "\n")
                + "  headline: " + Yaml.quoted(headline) + "\n"
                + "# 段號只計正文段落，不計小標題與圖片區塊。\n"
                + "emendations:\n";
        StringBuilder fm = new StringBuilder(front);
        for (Emendation e : emendations) {
            fm.append("  - at: ").append(Yaml.quoted(e.at())).append('\n')
                    .append("    was: ").append(Yaml.quoted(e.was())).append('\n')
                    .append("    now: ").append(Yaml.quoted(e.now())).append('\n')
                    .append("    note: ").append(Yaml.quoted(e.note())).append('\n');
        }
        fm.append("---\n\n").append(body.toString().stripTrailing()).append('\n');
        int removed = (int) emendations.stream().filter(e -> e.now().isEmpty() && !e.at().equals("標題")).count();
        return new Imported(fm.toString(), emendations, repairs.counts(), removed, forEditor);
    }

    /** Whether {@code line} is debris; if so, its removal is recorded. */
    private boolean debris(Line line) {
        for (ImportSettings.Debris d : settings.debris()) {
            if (d.pattern().matcher(line.text()).find()) {
                String was = line.text().length() > 30 ? line.text().substring(0, 30) + "……" : line.text();
                emendations.add(new Emendation("原稿第" + line.number() + "行", was, "",
                        "刪去抓取殘留（非正文；site.yaml的import.debris第" + d.line() + "行：" + d.pattern().pattern() + "）。"));
                return true;
            }
        }
        return false;
    }

    /** Lists what needs judgement in {@code text} (at {@code at}): unpaired brackets, characters of the other script. */
    private void judge(String at, String text) {
        for (Hit h : Brackets.find(text, i -> false)) {
            String context = text.substring(Math.max(0, h.offset() - 20), Math.min(text.length(), h.offset() + 5));
            forEditor.add(at + "：" + h.what() + " in …" + context + "…; " + h.fix());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Characters.foreignTo(Script.HANT, c)) {
                forEditor.add(at + "：stray Simplified '" + c + "' in …"
                        + text.substring(Math.max(0, i - 8), Math.min(text.length(), i + 8))
                        + "… (left as scraped; the conversion stage repairs it on the page)");
            }
        }
    }

    private LocalDate date(List<String> captions, String text, LocalDate today) {
        Optional<LocalDate> candidate = PublicationDate.candidate(captions);
        if (candidate.isPresent()) {
            Optional<String> later = PublicationDate.laterMention(candidate.get(), text);
            if (later.isEmpty()) {
                return candidate.get();
            }
            forEditor.add("date: wrote today's date " + today + ": the first photo caption is dated " + candidate.get()
                    + " but the text mentions " + later.get() + "; replace it with the day the original was published");
        } else {
            forEditor.add("date: wrote today's date " + today + ": the scrape gives no publication date;"
                    + " replace it with the day the original was published");
        }
        return today;
    }

    private static Script script(String text) {
        long hans = text.chars().filter(c -> Characters.foreignTo(Script.HANT, (char) c)).count();
        long hant = text.chars().filter(c -> Characters.foreignTo(Script.HANS, (char) c)).count();
        return hans > hant ? Script.HANS : Script.HANT;
    }

    /** {@code text} as a YAML scalar: plain when YAML reads it back as it is, else quoted. */
    private static String scalar(String text) {
        boolean plain = !text.isEmpty() && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":")
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0 && text.equals(text.strip());
        return plain ? text : Yaml.quoted(text);
    }

    private static String ordinal(int n) {
        return n <= ORDINALS.length ? ORDINALS[n - 1] : String.valueOf(n);
    }

    private record Line(int number, String text) {
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                out.add(new Line(i + 1, raw[i].strip()));
            }
        }
        return out;
    }
}
