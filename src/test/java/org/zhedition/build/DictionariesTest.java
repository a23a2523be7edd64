package org.zhedition.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhedition.TestProjects;
import org.zhedition.content.ContentLoader;
import org.zhedition.script.Converter;
import org.zhedition.script.EditionSpec;

/**
 * The dictionaries a build reads ahead, while the content loads, are exactly those the editions
 * site.yaml lists convert with ({@link Build#loadDictionaries}): the Taiwan tables for a site with
 * a Taiwan edition, none of them for a site of the two default editions. Which tables, not when.
 */
class DictionariesTest {
    /** The editions the loader tells the build of when it has read the site.yaml of {@code content}. */
    private static List<EditionSpec> editions(Path content) {
        List<EditionSpec> told = new ArrayList<>();
        ContentLoader.load(content, site -> told.addAll(site.editions()));
        return told;
    }

    @Test
    void aTaiwanEditionPreloadsTheTaiwanTables() {
        List<EditionSpec> editions = editions(TestProjects.repository().resolve("src/test/resources/projects/taiwan/content"));
        assertEquals(List.of("zh-Hant", "zh-Hans", "zh-TW"), editions.stream().map(EditionSpec::id).toList());
        // hk2t then t2tw for a Hong Kong text into Taiwan's characters, s2tw for a Simplified one.
        assertEquals(Set.of("hk2s", "s2t", "hk2t", "t2tw", "s2tw"), Converter.configurations(editions));
    }

    @Test
    void aTwoEditionSitePreloadsNoTaiwanTable() {
        List<EditionSpec> editions = editions(TestProjects.fixtureContent());
        assertEquals(List.of("zh-Hant", "zh-Hans"), editions.stream().map(EditionSpec::id).toList());
        assertEquals(Set.of("hk2s", "s2t"), Converter.configurations(editions));
        for (String taiwan : List.of("hk2t", "t2tw", "s2tw")) {
            assertFalse(Converter.configurations(editions).contains(taiwan), taiwan);
        }
    }

    @Test
    void eachEditionPreloadsWhatItsConversionsRun() {
        EditionSpec hongKong = EditionSpec.of(org.zhedition.script.Script.HANT);
        EditionSpec mainland = EditionSpec.of(org.zhedition.script.Script.HANS);
        assertEquals(Set.of("s2t"), Converter.configurations(List.of(hongKong)), "a Simplified text into Hong Kong's edition");
        assertEquals(Set.of("hk2s"), Converter.configurations(List.of(mainland)), "a Traditional text into the mainland's");
    }
}
