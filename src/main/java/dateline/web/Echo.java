package dateline.web;

/** Text a client sent, cut short before an error message repeats it to them. */
final class Echo {
    static final int MAX_CHARS = 80;

    private Echo() {}

    static String of(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...";
    }
}
