package dateline.ingest;

import dateline.story.Filed;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, file by file: counts, and a line for every file that was not a plain new
 * story (updated, unchanged, rejected, skipped), each naming the file quoted.
 */
public final class ImportReport {
    private int created;
    private int updated;
    private int unchanged;
    private final List<String> rejections = new ArrayList<>();
    private final List<String> skips = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ImportReport() {}

    /** Counts a story filed from a file; says what happened when it was not a new story. */
    void count(String name, Filed filed) {
        String story = "story " + filed.story().id();
        switch (filed.outcome()) {
            case CREATED -> created++;
            case UPDATED -> {
                updated++;
                notes.add("updated " + Quoted.name(name) + ": " + story + " is now at version " + filed.story().version());
            }
            case UNCHANGED -> {
                unchanged++;
                notes.add("unchanged " + Quoted.name(name) + ": the same text and settings as " + story
                        + " version " + filed.story().version());
            }
        }
    }

    /** Counts a story filed from elsewhere than a named file (the demo). */
    void count(Filed filed) {
        switch (filed.outcome()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    /** @param where the file, already quoted, with ":LINE" after it when a line is known */
    void rejected(String where, String reason) { rejections.add(where + ": " + reason); }

    public void skipped(String name, String reason) { skips.add(Quoted.name(name) + ": " + reason); }

    public int createdCount() { return created; }

    public int updatedCount() { return updated; }

    public int unchangedCount() { return unchanged; }

    public List<String> rejections() { return List.copyOf(rejections); }

    public List<String> skips() { return List.copyOf(skips); }

    /** A line for each file that updated a story or left it unchanged. */
    public List<String> notes() { return List.copyOf(notes); }

    public String summary() {
        return "imported " + created + ", updated " + updated + ", unchanged " + unchanged
                + ", rejected " + rejections.size() + ", skipped " + skips.size();
    }
}
