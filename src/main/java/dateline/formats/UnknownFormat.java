package dateline.formats;

/** A client asked for a format Dateline does not write: 406, with the formats it does. */
public final class UnknownFormat extends RuntimeException {
    public UnknownFormat(String message) { super(message); }
}
