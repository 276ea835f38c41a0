package dateline.copy;

import dateline.copy.text.Utf8Sequence;
import dateline.copy.text.Whitespace;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a copy file into text, rejecting what cannot be copy. Use it at every
 * boundary that receives copy as bytes (files, uploads, stdin) before {@link CopyParser}.
 * The text comes back without a byte-order mark and with every line ending as {@code \n}.
 */
public final class CopyText {
    /** Copy larger than this is not a story: 1 MiB, some hundred times the longest feature. */
    public static final int MAX_BYTES = 1 << 20;
    /** Control characters tolerated per thousand bytes before the input counts as binary. */
    private static final int CONTROL_PER_MILLE = 10;

    private CopyText() {}

    /** @throws CopyRejected when the bytes are empty, blank, binary, not UTF-8 or too large */
    public static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) throw new CopyRejected("copy is empty");
        if (bytes.length > MAX_BYTES) {
            throw new CopyRejected("copy is " + bytes.length + " bytes, over the limit of " + MAX_BYTES);
        }
        rejectBinary(bytes);
        String text = normaliseLineEnds(utf8(bytes));
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (Whitespace.isBlank(text)) throw new CopyRejected("copy is blank");
        return text;
    }

    /** NUL never occurs in text; many other control characters mean a binary file too. */
    private static void rejectBinary(byte[] bytes) {
        int controls = 0;
        int line = 1;
        for (byte b : bytes) {
            if (b == 0) throw new CopyRejected("copy is binary: NUL byte on line " + line, line);
            if (b == '\n') line++;
            else if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\f') controls++;
        }
        if (controls > 8 && controls * 1000L > (long) bytes.length * CONTROL_PER_MILLE) {
            throw new CopyRejected("copy is binary: " + controls + " control characters");
        }
    }

    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = lineOfFirstInvalidByte(bytes);
            throw new CopyRejected("copy is not valid UTF-8 on line " + line, line);
        }
    }

    /** Only called on failure, so a second, byte-by-byte pass costs nothing in the common case. */
    private static int lineOfFirstInvalidByte(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int length = Utf8Sequence.validLength(bytes, i);
            if (length == 0) return line;
            if (bytes[i] == '\n') line++;
            i += length;
        }
        return line;
    }

    private static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r') {
                out.append(c);
            } else {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            }
        }
        return out.toString();
    }
}
