package dateline.copy;

/**
 * Copy that cannot be a story: empty, binary, not UTF-8, too large, or without a headline.
 * The message says what is wrong; {@link #line()} says where when it helps (0 when not).
 */
public final class CopyRejected extends RuntimeException {
    private final int line;

    public CopyRejected(String message, int line) {
        super(message);
        this.line = line;
    }

    public CopyRejected(String message) { this(message, 0); }

    public int line() { return line; }
}
