package org.zhedition.content;

import org.zhedition.input.ContentError;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagesTest {
    @TempDir
    Path root;
    Path article;

    @BeforeEach
    void content() throws IOException {
        Files.createDirectories(root.resolve("articles"));
        Files.createDirectories(root.resolve("media/photos"));
        article = root.resolve("articles/a.md");
        Files.write(root.resolve("media/x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        Files.write(root.resolve("media/y.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        Files.write(root.resolve("media/photos/z.webp"), "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Files.write(root.resolve("media/notes.txt"), new byte[] {1, 2, 3});
    }

    /** Images of a body whose first line is line 10 of the article file. */
    private List<String> images(String body) {
        return Images.of(org.zhedition.markdown.Markdown.figures(org.zhedition.markdown.Markdown.parse(body), article, 10), article, 10);
    }

    @Test
    void findsMarkdownImagesReferenceImagesAndFigureImagesOnceInOrder() {
        String body = """
                ![甲](../media/y.jpg) 與 ![乙][ref]，又一次 ![丙](../media/y.jpg)

                ```figure
                caption: 說明
                image: ../media/photos/z.webp
                alt: 描述
                ```

                [ref]: ../media/x.png
                """;
        assertEquals(List.of("media/y.jpg", "media/x.png", "media/photos/z.webp"), images(body));
    }

    @Test
    void codeAndFiguresWithoutImagesShowNone() {
        assertEquals(List.of(), images("`![圖](https://x/a.png)`\n\n```figure\ncaption: 說明\ncredit: 某\n```\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "![圖](https://example.org/a.png)|not a file of this site|save the image in content/media/",
        "![圖](//example.org/a.png)|not a file of this site|save the image in content/media/",
        "![圖](data:image/png;base64,AAAA)|not a file of this site|save the image in content/media/",
        "![圖](/media/x.png)|not in content/media/|write its address as ../media/",
        "![圖](x.png)|not in content/media/|write its address as ../media/",
        "![圖](../media/../articles/a.md)|letters, digits|rename the file",
        "![圖](../media/%E5%9C%96.png)|letters, digits|rename the file",
        "![圖](../media/notes.txt)|not an image type|JPEG (.jpg), PNG (.png)",
        "![圖](../media/missing.png)|image not found: content/media/missing.png|upper and lower case differ",
        "![圖](../media/X.png)|image not found: content/media/X.png|upper and lower case differ",
        "![](../media/x.png)|no description|between the brackets",
        "![  ](../media/x.png)|no description|between the brackets",
    })
    void refusesWhatAPageCouldNotShowOffline(String markdown, String problem, String fix) {
        ContentError e = assertThrows(ContentError.class, () -> images("正文。\n\n" + markdown + "\n"));
        assertEquals(12, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains(fix), e.getMessage());
    }

    @Test
    void aFigureImageErrorNamesTheImageLine() {
        ContentError e = assertThrows(ContentError.class,
                () -> images("正文。\n\n```figure\ncaption: 說明\nimage: ../media/missing.jpg\nalt: 描述\n```\n"));
        assertEquals(14, e.line(), e.getMessage());
        e = assertThrows(ContentError.class, () -> images("```figure\ncaption: 說明\nimage: ../media/x.png\n```\n"));
        assertEquals(12, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("add a line 'alt: …'"), e.getMessage());
    }

    @Test
    void listsEachFileOnceAndReadsItOnlyWhenAsked() {
        var media = Images.files(root, List.of("media/x.png", "media/y.jpg", "media/x.png"));
        assertEquals(List.of("media/x.png", "media/y.jpg"), List.copyOf(media.keySet()));
        assertEquals(8, Images.read("media/x.png", media.get("media/x.png")).length);
    }

    @Test
    void knowsTheMediaTypeOfEachSupportedImage() {
        assertEquals("image/jpeg", Images.mediaType("media/a.JPG"));
        assertEquals("image/svg+xml", Images.mediaType("media/a.svg"));
        assertEquals(null, Images.mediaType("media/a.bmp"));
    }
}
