package dateline.story;

/** No story has the id the caller asked for. */
public final class StoryNotFound extends RuntimeException {
    public StoryNotFound(String message) { super(message); }
}
