package org.zhedition.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhedition.content.Article.Emendation;

/**
 * {@code lint --fix}: applies the safe fixes only (half-width {@code , ! ? : ;} in Chinese text
 * → full-width, {@code ......} → {@code ……}) and records each kind of change as an emendation
 * with its count, as the edition's apparatus demands. Everything else is left to the editor.
 *
 * @param text    the fixed file
 * @param changes how many of each kind were made ({@code ,→，} → 12), in order of first occurrence
 */
public record LintFix(String text, Map<String, Integer> changes) {
    private static final Map<String, String> NAMES = Map.of(
            ",", "逗號", "!", "驚嘆號", "?", "問號", ":", "冒號", ";", "分號", "......", "省略號",
            "(", "左括號", ")", "右括號");

    public static LintFix apply(String file) {
        List<Hit> safe = Lint.hits(Prose.of(file), Lint.script(file)).stream().filter(Hit::safe).toList();
        Map<String, Integer> changes = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(file);
        for (int i = safe.size() - 1; i >= 0; i--) {
            Hit h = safe.get(i);
            out.replace(h.offset(), h.offset() + h.length(), h.replacement());
        }
        safe.forEach(h -> changes.merge(h.kind(), 1, Integer::sum));
        List<Emendation> added = new ArrayList<>();
        changes.forEach((kind, n) -> added.add(emendation(kind, n)));
        return new LintFix(Emendations.append(out.toString(), added), changes);
    }

    /** The apparatus entry for {@code n} changes of one kind ({@code ,→，}). */
    public static Emendation emendation(String kind, int n) {
        String[] wasNow = kind.split("→", 2);
        String name = NAMES.getOrDefault(wasNow[0], "「" + wasNow[0] + "」");
        String note = wasNow[0].equals("......")
                ? "6個半形句點改為中文省略號，共" + n + "處。"
                : "半形" + name + "改為全形，共" + n + "處。";
        return new Emendation("全文", wasNow[0], wasNow[1], note);
    }
}
