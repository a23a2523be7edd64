package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edition converts what a reader reads and leaves code, addresses and raw HTML as written. */
class VerbatimConversionTest {
    @TempDir
    Path dir;

    @Test
    void codeAddressesAndAttributesAreNotTouched() throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("media"));
        java.nio.file.Files.write(dir.resolve("media/chip.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        String body = """
                晶片與`螢幕 晶片`，[維基的晶片條目](https://zh.wikipedia.org/wiki/晶片 "晶片標題")，<https://例子.中國/螢幕>。

                ![晶片照片](../media/chip.png "晶片")與[參考][晶片]，<span title="螢幕">螢幕</span>

                ```java
                String s = "智慧型手機的螢幕"; // 註釋
                ```

                    縮排的程式碼：晶片

                [晶片]: https://example.org/晶片/報導
                """;
        String hans = new TinySite(dir).write("", "螢幕=>zh-hans:屏幕;\nzh-hant:晶片; zh-hans:芯片;\n", "", body)
                .body(Script.HANS);
        assertEquals("""
                芯片与`螢幕 晶片`，[维基的芯片条目](https://zh.wikipedia.org/wiki/晶片 "芯片标题")，<https://例子.中國/螢幕>。

                ![芯片照片](../media/chip.png "芯片")与[参考][芯片]，<span title="螢幕">屏幕</span>

                ```java
                String s = "智慧型手機的螢幕"; // 註釋
                ```

                    縮排的程式碼：晶片

                [芯片]: https://example.org/晶片/報導
                """, hans);
    }
}
