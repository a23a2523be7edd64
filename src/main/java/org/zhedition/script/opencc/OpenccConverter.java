package org.zhedition.script.opencc;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The converter of one OpenCC configuration ({@code data/config/*.json}), built on OpenCC4j:
 * a {@link ZhConvertBootstrap} whose segmenter, unit converter and data map are this package's
 * ({@link OpenccSegment}, {@link ChainConvert}, {@link OpenccDataMap}). What the configuration
 * says is followed as OpenCC's {@code Config.cpp} reads it:
 *
 * <ul>
 * <li>{@code normalization}: a chain run over the whole text first;</li>
 * <li>{@code segmentation} of type {@code mmseg}: maximum-match segmentation by one dictionary;</li>
 * <li>{@code conversion_chain}: stages run in turn over each segment, each a dictionary or a
 * group ({@code match_policy} {@code short_circuit}, the default, or {@code union});</li>
 * <li>{@code ocd2} dictionaries are read from their text sources ({@code X.ocd2} → {@code X.txt});
 * dictionaries marked {@code may_output_tofu} (TSCharactersExt) are left out unless asked for, as
 * OpenCC's command line does by default (its library includes them by default).</li>
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class OpenccConverter {
    private final String name;
    private final ZhConvertBootstrap bootstrap;
    private final boolean toSimplified;

    private OpenccConverter(String name, ZhConvertBootstrap bootstrap) {
        this.name = name;
        this.bootstrap = bootstrap;
        this.toSimplified = name.endsWith("2s") || name.endsWith("2sp");
    }

    /** The configuration's name, e.g. {@code hk2s}. */
    public String name() {
        return name;
    }

    /** Converts {@code text} as OpenCC's {@code opencc -c NAME.json} does. */
    public String convert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Both directions run the same seams; the name only picks the tables OpenCC4j hands over.
        return toSimplified ? bootstrap.toSimple(text) : bootstrap.toTraditional(text);
    }

    /** OpenCC4j's converter with the current tables, for its per-character questions. */
    public ZhConvertBootstrap openCC4j() {
        return bootstrap;
    }

    static OpenccConverter fromConfig(String name, String json, boolean includeTofuRisk, OpenccData data) {
        Map<String, Object> config = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
        Reader reader = new Reader(name, includeTofuRisk, data);
        List<Conversion> normalization = reader.chain(config.get("normalization"));
        Matcher segmentation = null;
        if (config.get("segmentation") instanceof Map<?, ?> seg) {
            if (!"mmseg".equals(seg.get("type"))) {
                throw new IllegalStateException("OpenCC config " + name + ": segmentation '" + seg.get("type")
                        + "' is not supported (only mmseg)");
            }
            segmentation = new Matcher(reader.spec(seg.get("dict")));
        }
        List<Conversion> stages = reader.chain(config.get("conversion_chain"));
        ZhConvertBootstrap bootstrap = ZhConvertBootstrap.newInstance()
                .segment(new OpenccSegment(normalization, segmentation))
                .unitConvert(new ChainConvert(stages))
                .dataMap(data.dataMap())
                .init();
        return new OpenccConverter(name, bootstrap);
    }

    /** Reads the dictionaries of one configuration. */
    private record Reader(String name, boolean includeTofuRisk, OpenccData data) {
        List<Conversion> chain(Object chain) {
            List<Conversion> stages = new ArrayList<>();
            if (chain instanceof List<?> list) {
                for (Object stage : list) {
                    Matcher.Spec spec = spec(((Map<?, ?>) stage).get("dict"));
                    if (spec != null) {
                        stages.add(new Conversion(spec));
                    }
                }
            }
            return stages;
        }

        /** The dictionary or group; null when it is left out (a tofu-risk dictionary). */
        Matcher.Spec spec(Object dict) {
            Map<?, ?> d = (Map<?, ?>) dict;
            if (Boolean.TRUE.equals(d.get("may_output_tofu")) && !includeTofuRisk) {
                return null;
            }
            Object type = d.get("type");
            if ("group".equals(type)) {
                Object policy = d.get("match_policy");
                Matcher.Policy p = policy == null || "short_circuit".equals(policy) ? Matcher.Policy.SHORT_CIRCUIT
                        : "union".equals(policy) ? Matcher.Policy.UNION : null;
                if (p == null) {
                    throw new IllegalStateException("OpenCC config " + name + ": unknown match_policy '" + policy + "'");
                }
                List<Matcher.Spec> children = new ArrayList<>();
                for (Object child : (List<?>) d.get("dicts")) {
                    Matcher.Spec spec = spec(child);
                    if (spec != null) {
                        children.add(spec);
                    }
                }
                return new Matcher.Group(p, children);
            }
            if ("ocd2".equals(type) || "text".equals(type)) {
                String file = String.valueOf(d.get("file"));
                return new Matcher.Leaf(data.dictionary(file.substring(0, file.lastIndexOf('.'))));
            }
            throw new IllegalStateException("OpenCC config " + name + ": dictionary type '" + type + "' is not supported");
        }
    }
}
