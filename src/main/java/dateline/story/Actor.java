package dateline.story;

/**
 * Who is acting in the newsroom, as the story rules need to know them.
 *
 * @param name       recorded on the revision and in the audit log
 * @param mayPublish an editor (or admin): may change what the public sees; a reporter works on drafts only
 */
public record Actor(String name, boolean mayPublish) {}
