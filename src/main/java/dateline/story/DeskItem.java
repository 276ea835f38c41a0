package dateline.story;

/** A story as the newsroom lists it: where it stands and who last touched it. */
public record DeskItem(Story story, String lastActor) {}
