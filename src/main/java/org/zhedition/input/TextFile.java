package org.zhedition.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads an editor's file (content or template) as strict UTF-8. A bad byte is reported with its
 * line instead of silently turning into U+FFFD on the page; Windows line endings and a
 * byte-order mark are accepted and normalised, so CRLF and LF checkouts build the same site. The
 * file must be an ordinary file inside its folder ({@link InputFile}), and hold no character
 * that does not belong in text ({@link Invisible}).
 */
public final class TextFile {
    private TextFile() {
    }

    /** Reads a file that must be inside its own folder. */
    public static String read(Path file) {
        return read(file, file.toAbsolutePath().getParent());
    }

    /**
     * Reads {@code file}.
     *
     * @param within the folder it must really be in ({@code content/} or {@code templates/})
     */
    public static String read(Path file, Path within) {
        return decode(file, InputFile.read(file, within, InputFile.TEXT_LIMIT));
    }

    /** Decodes an editor's file already read, as {@link #read(Path, Path)} does. */
    public static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ContentError(file, line, "the file is not valid UTF-8 (bad byte at offset " + bad + ")",
                    "save the file as UTF-8 in your editor (not Big5 or GBK)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        Invisible.check(text, file, 1, "");
        return text;
    }

    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
