package dateline.story;

/** The action does not apply to a story in its present status (publishing a published one, correcting a draft). */
public final class WrongStatus extends RuntimeException {
    public WrongStatus(String message) { super(message); }
}
