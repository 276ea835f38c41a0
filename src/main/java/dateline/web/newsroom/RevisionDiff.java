package dateline.web.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dateline.story.EditorFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A readable diff between two versions of a story, by java-diff-utils: a line per field and per
 * paragraph; a changed line shows which words went and which came. The pieces are plain text,
 * escaped by the template like everything else.
 */
final class RevisionDiff {
    /** A run of words: kept, deleted or inserted. */
    record Piece(String kind, String text) {}

    /** One line of the diff: "same", "deleted", "inserted" or "changed" (then its pieces show how). */
    record Line(String kind, List<Piece> pieces) {}

    private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
            .showInlineDiffs(false).lineNormalizer(line -> line).build();

    private RevisionDiff() {}

    static List<Line> between(EditorFields older, EditorFields newer) {
        List<Line> lines = new ArrayList<>();
        for (DiffRow row : ROWS.generateDiffRows(text(older), text(newer))) {
            switch (row.getTag()) {
                case EQUAL -> lines.add(new Line("same", List.of(new Piece("same", row.getOldLine()))));
                case DELETE -> lines.add(new Line("deleted", List.of(new Piece("deleted", row.getOldLine()))));
                case INSERT -> lines.add(new Line("inserted", List.of(new Piece("inserted", row.getNewLine()))));
                case CHANGE -> lines.add(new Line("changed", words(row.getOldLine(), row.getNewLine())));
            }
        }
        return lines;
    }

    /** The story as lines: one per field, then one per paragraph or subheading. */
    static List<String> text(EditorFields f) {
        List<String> lines = new ArrayList<>();
        lines.add("Headline: " + orNone(f.headline()));
        lines.add("Standfirst: " + orNone(f.standfirst()));
        lines.add("Place: " + orNone(f.place()) + " · Section: " + orNone(f.section()));
        lines.add("Byline: " + orNone(f.byline()) + " · Slug: " + orNone(f.slugline()) + " · Urgency: "
                + (f.urgency() == null ? "none" : f.urgency()));
        if (f.body() != null) lines.addAll(Arrays.asList(f.body().split("\n\n")));
        return lines;
    }

    private static List<Piece> words(String older, String newer) {
        List<String> a = Arrays.asList(older.split(" "));
        List<String> b = Arrays.asList(newer.split(" "));
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            if (start > at) pieces.add(new Piece("same", String.join(" ", a.subList(at, start))));
            if (!delta.getSource().getLines().isEmpty()) pieces.add(new Piece("deleted", String.join(" ", delta.getSource().getLines())));
            if (!delta.getTarget().getLines().isEmpty()) pieces.add(new Piece("inserted", String.join(" ", delta.getTarget().getLines())));
            at = start + delta.getSource().size();
        }
        if (at < a.size()) pieces.add(new Piece("same", String.join(" ", a.subList(at, a.size()))));
        return pieces;
    }

    private static String orNone(String value) { return value == null ? "none" : value; }
}
