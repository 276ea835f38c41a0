package dateline.copy.text;

/** The UTF-8 encoding rules, to say where a file stops being UTF-8. */
public final class Utf8Sequence {
    private Utf8Sequence() {}

    /** Length of the well-formed sequence starting at {@code i}, or 0 when it is malformed. */
    public static int validLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) return 1;
        int length;
        int min;
        if (b >= 0xC2 && b <= 0xDF) { length = 2; min = 0x80; }
        else if (b >= 0xE0 && b <= 0xEF) { length = 3; min = 0x800; }
        else if (b >= 0xF0 && b <= 0xF4) { length = 4; min = 0x10000; }
        else return 0;
        if (i + length > bytes.length) return 0;
        int code = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) return 0;
            code = (code << 6) | (next & 0x3F);
        }
        boolean surrogate = code >= 0xD800 && code <= 0xDFFF;
        return code < min || code > 0x10FFFF || surrogate ? 0 : length;
    }
}
