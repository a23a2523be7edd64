package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversion markup ({@code -{…}-}) never reaches a built page. */
class MarkupLeftIT {
    @Test
    void noPageContainsConversionMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : BuiltSite.pages()) {
            String html = Files.readString(page);
            for (String mark : List.of("-{", "}-")) {
                int at = html.indexOf(mark);
                if (at >= 0) {
                    found.add(BuiltSite.name(page) + ": " + html.substring(Math.max(0, at - 30), Math.min(html.length(), at + 30)));
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
