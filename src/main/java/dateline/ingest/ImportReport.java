package dateline.ingest;

import dateline.story.Filed;
import java.util.ArrayList;
import java.util.List;

/** What an import did, file by file: counts, and every rejection with its reason. */
public final class ImportReport {
    private int created;
    private int updated;
    private int unchanged;
    private final List<String> rejections = new ArrayList<>();

    public ImportReport() {}

    void count(Filed filed) {
        switch (filed.outcome()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    void rejected(String source, String reason) { rejections.add(source + ": " + reason); }

    public int createdCount() { return created; }

    public int updatedCount() { return updated; }

    public int unchangedCount() { return unchanged; }

    public List<String> rejections() { return List.copyOf(rejections); }

    public String summary() {
        return "imported " + created + ", updated " + updated + ", unchanged " + unchanged
                + ", rejected " + rejections.size();
    }
}
