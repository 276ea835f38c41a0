package dateline.search;

import dateline.story.Change;
import dateline.story.Story;
import java.util.List;

/**
 * What the index reads of the store: the change log in order, and the stories it names as
 * they stand now (whatever their status: the indexer decides what the public may find).
 */
public interface StorySource {
    /** Change-log entries after {@code seq}, oldest first. */
    List<Change> changesSince(long seq, int limit);

    /** The current versions of these stories, any status; unknown ids left out. */
    List<Story> current(List<String> ids);

    /** The newest sequence of the log. */
    long headSeq();
}
