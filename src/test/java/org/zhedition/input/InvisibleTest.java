package org.zhedition.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters do not belong in an editor's text, by code point. */
class InvisibleTest {
    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xD800, 0xDFFF, 0xFDD0, 0xFDEF,
        0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
    void refused(int codePoint) {
        String text = "甲" + (Character.isBmpCodePoint(codePoint) ? String.valueOf((char) codePoint) : new String(Character.toChars(codePoint))) + "乙";
        assertEquals(1, Invisible.find(text), Integer.toHexString(codePoint));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x3000, 0x200B, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0xFFFD, 0x1F600, 0x20000,
        0xFDCF, 0xFDF0})
    void allowedInText(int codePoint) {
        assertEquals(-1, Invisible.find("甲" + new String(Character.toChars(codePoint)) + "乙"), Integer.toHexString(codePoint));
    }
}
