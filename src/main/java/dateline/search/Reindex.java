package dateline.search;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.LongConsumer;

/**
 * Rebuilds the index from the store into a new folder, then makes it current. The old index
 * keeps serving (in this process or a running server) until the switch; a server that sees the
 * switch catches the new index up with whatever was written meanwhile and swaps to it.
 */
public final class Reindex {
    private final Path dataDir;
    private final ZoneId zone;
    private final StorySource source;

    public Reindex(Path dataDir, ZoneId zone, StorySource source) {
        this.dataDir = dataDir;
        this.zone = zone;
        this.source = source;
    }

    /**
     * Replays the whole change log into a fresh index.
     *
     * @param progress told the sequence reached after each batch, up to the head read at the start
     * @return what the new index holds
     */
    public Result run(LongConsumer progress) {
        IndexFolder folder = new IndexFolder(dataDir);
        Path fresh = folder.fresh();
        Result result;
        try (LiveIndex index = LiveIndex.open(fresh, SearchAnalyzer.create(), source, new StoryDocument(zone))) {
            index.indexer.catchUp(progress);
            result = new Result(index.indexer.applied(), index.writer.getDocStats().numDocs);
        }
        folder.point(fresh);
        folder.deleteUnused();
        return result;
    }

    /** The log sequence a rebuilt index is current to, and how many published stories it holds. */
    public record Result(long seq, int stories) {}
}
