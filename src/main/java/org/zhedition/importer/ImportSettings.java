package org.zhedition.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.zhedition.input.ContentError;
import org.zhedition.input.TextFile;
import org.zhedition.input.Yaml;

/**
 * The {@code import:} setting of {@code site.yaml}: the publication scraped articles come from,
 * and the patterns of the debris its pages leave in a scrape (a promotion, a comment footer).
 *
 * <pre>
 * import:
 *   publication: 端傳媒（Initium Media）
 *   debris:
 *     - 端傳媒新聞不停歇     # a regular expression (Java syntax), searched in each paragraph
 *     - ^讀者評論 \d+$
 * </pre>
 */
public record ImportSettings(String publication, List<Debris> debris) {
    /** One debris pattern and the {@code site.yaml} line it was written on. */
    public record Debris(Pattern pattern, int line) {
    }

    public ImportSettings {
        debris = List.copyOf(debris);
    }

    public static ImportSettings read(Path siteYaml) {
        if (!Files.isRegularFile(siteYaml)) {
            throw new ContentError(siteYaml, 0, "there is no site.yaml here", "run 'import' in the project's folder, or give --root DIR");
        }
        Yaml site = Yaml.parse(TextFile.read(siteYaml), siteYaml, 1);
        Yaml y = site.get("import").orElseThrow(() -> new ContentError(siteYaml, 0, "site.yaml has no 'import:' setting",
                "add 'import:' with 'publication: NAME' (and optionally 'debris:', a list of patterns); see README.md, \"Importing a scraped article\""));
        if (!y.isMapping()) {
            throw y.error("'import:' must hold 'publication:' and 'debris:'", "write import: then the two settings indented under it");
        }
        y.onlyKeys(java.util.Set.of("publication", "debris"));
        List<Debris> debris = new ArrayList<>();
        for (Yaml d : y.list("debris")) {
            try {
                debris.add(new Debris(Pattern.compile(d.text()), d.line()));
            } catch (PatternSyntaxException e) {
                throw d.error("debris pattern '" + d.text() + "' is not a regular expression: " + e.getDescription(),
                        "fix the pattern (Java regular expression; quote it in YAML if it holds ':' or '#')");
            }
        }
        return new ImportSettings(y.required("publication"), debris);
    }
}
