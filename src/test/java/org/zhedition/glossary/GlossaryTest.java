package org.zhedition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    @Test
    void mappingConvertsEveryChineseTextAndKeepsIdsAndEnglish() {
        Term t = new Term("inference", "推理", List.of("推論"), "inference", "模型的推理。", List.of("蒸餾"), List.of("推理小說"),
                "人工智能", Path.of("g.yaml"), 7);
        Glossary g = new Glossary(List.of(new Glossary.Category("人工智能", "AI", List.of(t)))).map(s -> "«" + s + "»");
        Term m = g.terms().get(0);
        assertEquals("«人工智能»", g.categories().get(0).name());
        assertEquals("AI", g.categories().get(0).en());
        Term chip = new Term("chip", "晶片", List.of("芯片", "晶片兒", "芯片兒"), "chip", "說明", List.of(), "c", Path.of("g.yaml"), 1)
                .map(x -> x.replace('晶', '芯'));
        assertEquals("芯片", chip.term());
        assertEquals(List.of("芯片兒"), chip.aliases(), "forms that merge in a script are listed once");
        assertEquals(new Term("inference", "«推理»", List.of("«推論»"), "inference", "«模型的推理。»", List.of("«蒸餾»"),
                List.of("«推理小說»"), "«人工智能»", Path.of("g.yaml"), 7), m);
    }
}
