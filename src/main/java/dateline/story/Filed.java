package dateline.story;

/** What filing did: the story as it now stands and whether it was new, a new version, or unchanged. */
public record Filed(Story story, Outcome outcome) {
    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
