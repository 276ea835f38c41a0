package dateline.copy;

/** Turns the bytes of a copy file into text, rejecting what cannot be copy. PLACEHOLDER. */
public final class CopyText {
    public static final int MAX_BYTES = 1 << 20;

    private CopyText() {}

    public static String decode(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
