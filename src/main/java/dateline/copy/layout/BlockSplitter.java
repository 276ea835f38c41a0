package dateline.copy.layout;

import dateline.copy.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts copy into blocks: runs of lines between blank lines, with page-chrome lines dropped
 * as boilerplate on the way. Inside a run, lines hard-wrapped at a column are one paragraph;
 * otherwise each line is its own block, as scrapers that write one paragraph a line expect.
 * A flattened body (paragraphs separated by two spaces on one line) is cut by
 * {@link FlattenedBody}. The headline of a related story under "Read also" goes with it.
 * One pass over the text.
 */
public final class BlockSplitter {
    /** Hard-wrapped copy breaks lines at a column no wider than this. */
    private static final int WRAP_COLUMN = 100;

    private BlockSplitter() {}

    public static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean afterLinkIntro = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            if (Whitespace.isBlank(line)) {
                flush(run, pieces);
            } else if (ChromeLine.isChrome(line) || (afterLinkIntro && ChromeLine.isLinkTitle(line))) {
                String writer = writerAbove(line, run, pieces);
                flush(run, pieces);
                if (writer != null) pieces.add(new Piece(writer, Piece.Role.BOILERPLATE));
                pieces.add(new Piece(line, Piece.Role.BOILERPLATE));
                afterLinkIntro = ChromeLine.introducesLink(line);
            } else {
                run.add(line);
                afterLinkIntro = false;
            }
            start = end + 1;
        }
        flush(run, pieces);
        return pieces;
    }

    /**
     * Web pages set the writer's bare name on its own line above the publication stamp
     * ("Jane Roe" then "Friday 06 March 2026 13:12 GMT"): that name is the byline, taken out of
     * the run (and returned) when the line is a stamp. Never the page's first line, the headline.
     */
    private static String writerAbove(String line, List<String> run, List<Piece> pieces) {
        if (run.isEmpty() || run.size() + pieces.size() < 2 || !Furniture.isTimestamp(Whitespace.trim(line))) return null;
        String above = Whitespace.trim(run.get(run.size() - 1));
        if (!Furniture.isWriterName(above)) return null;
        run.remove(run.size() - 1);
        return above;
    }

    private static void flush(List<String> run, List<Piece> pieces) {
        if (run.isEmpty()) return;
        if (run.size() > 1 && isHardWrapped(run)) {
            pieces.add(new Piece(Whitespace.trim(String.join("\n", run)), Piece.Role.UNSORTED));
        } else {
            for (int i = 0; i < run.size(); i++) {
                String line = run.get(i);
                if (PrintedTwice.isPair(line, i + 1 < run.size() ? run.get(i + 1) : null)) {
                    pieces.add(new Piece(Whitespace.trim(line), Piece.Role.BOILERPLATE));
                    pieces.add(new Piece(Whitespace.trim(run.get(++i)), Piece.Role.BOILERPLATE));
                    continue;
                }
                List<String> blocks = FlattenedBody.paragraphs(Whitespace.trim(line));
                for (String block : blocks) {
                    // A flattened body keeps its credit line inside: "...  (Reporting by ...)".
                    boolean chrome = blocks.size() > 1 && ChromeLine.isChrome(block);
                    pieces.add(new Piece(block, chrome ? Piece.Role.BOILERPLATE : Piece.Role.UNSORTED));
                }
            }
        }
        run.clear();
    }

    /**
     * Every line but the last is of a wrapped width, most stop mid-sentence and most of the
     * following lines go on in lower case; lines that each open with a capital are one
     * paragraph (or headline, or deck) a line, however short.
     */
    private static boolean isHardWrapped(List<String> run) {
        int midSentence = 0;
        int goesOn = 0;
        for (int i = 0; i < run.size() - 1; i++) {
            String line = Whitespace.trim(run.get(i));
            if (line.length() < 30 || line.length() > WRAP_COLUMN) return false;
            if (!BlockShape.endsSentence(line)) midSentence++;
            String next = Whitespace.trim(run.get(i + 1));
            if (!next.isEmpty() && !Character.isUpperCase(next.charAt(0))) goesOn++;
        }
        return midSentence * 2 >= run.size() - 1 && goesOn * 2 >= run.size() - 1;
    }
}
