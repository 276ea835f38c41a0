package dateline.story;

/**
 * Text a client sent, cut short before an error message repeats it to them: a 7 KB id or a
 * made-up cursor must not come back whole. Each boundary cuts at the length its input can sensibly
 * have (an id 64, a cursor 40, a number 20).
 */
public final class Echo {
    /** What a message quotes of free text: a path, a format, an Accept header. */
    public static final int MAX_CHARS = 80;

    private Echo() {}

    public static String of(String text) { return of(text, MAX_CHARS); }

    public static String of(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "...";
    }
}
