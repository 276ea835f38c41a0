package dateline.story;

/** The person acting may not do this to this story (a reporter editing a published story). */
public final class NotPermitted extends RuntimeException {
    public NotPermitted(String message) { super(message); }
}
