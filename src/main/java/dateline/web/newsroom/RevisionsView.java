package dateline.web.newsroom;

import dateline.web.pages.TimeView;
import java.util.List;

/** Every version of a story, who made it and why, and the diff between two of them. */
public record RevisionsView(DeskMeta meta, String headline, String storyUrl, List<Row> rows, int from, int to,
                            List<Line> diff) {

    public record Row(int version, String change, TimeView time, String actor, String note) {}

    /** A line of the diff; see RevisionDiff. */
    public record Line(String kind, List<Piece> pieces) {}

    public record Piece(String kind, String text) {}
}
