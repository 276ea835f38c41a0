package dateline.copy.layout;

import dateline.copy.text.Whitespace;

import dateline.story.DatelineInfo;
import dateline.story.Block;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which block is the headline, the standfirst, a subheading or a body paragraph (the
 * body's paragraphs and subheadings are sorted by {@link BodySections}).
 *
 * <p>The dateline is the anchor: the paragraph that opens with one starts the body, and what
 * stands before it is the head (headline, then standfirst, then anything else as furniture).
 * A title-case place before a colon ({@code Hyderabad:}) counts only in the first two blocks,
 * where a story starts. A scrape may lose the headline and open with a caption or a promo line: a headline never
 * ends with a full stop, so such copy gets none. Without a dateline the first block is the
 * headline when it looks like one, and a TASS-style unpunctuated deck under it, or a block with
 * a byline or stamp between it and the body, the standfirst.
 */
public final class StoryLayout {
    /** The dateline paragraph comes within the first few blocks or not at all. */
    private static final int DATELINE_SEARCH = 5;
    private static final int MIN_STANDFIRST_WORDS = 6;
    private static final int MAX_DECK_WORDS = 60;
    /** Headline words the lede must repeat beyond the deck's, or the deck's first words it must restate. */
    private static final int CLEARLY_MORE = 2;
    private static final int OPENING_WORDS = 4;
    private static final int LONG_OPENING = 8;
    /** A headline this long found inside a block is that headline printed again, not a word of the story. */
    private static final int MIN_REPEATED_HEADLINE = 30;

    /** The story's parts, in reading order. */
    public record Layout(String headline, String standfirst, DatelineInfo dateline, List<Block> blocks,
                  List<String> boilerplate) {}

    private final List<Piece> pieces;
    private final List<Integer> unsorted = new ArrayList<>();

    private StoryLayout(List<Piece> pieces) {
        this.pieces = new ArrayList<>(pieces);
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).role() == Piece.Role.UNSORTED) unsorted.add(i);
        }
    }

    public static Layout arrange(List<Piece> pieces, LocalDate reference) {
        return new StoryLayout(pieces).arrange(reference);
    }

    private Layout arrange(LocalDate reference) {
        DatelineInfo dateline = null;
        int bodyStart = -1;
        for (int k = 0; k < Math.min(DATELINE_SEARCH, unsorted.size()) && dateline == null; k++) {
            String text = text(k);
            DatelineInfo found = k <= 1 ? DatelineReader.readStoryStart(text, reference) : DatelineReader.read(text, reference);
            if (found != null && (BlockShape.endsSentence(text) || text.length() > 200)) {
                dateline = found;
                bodyStart = k;
            }
        }
        if (dateline == null) {
            bodyStart = datelineAlone();
            if (bodyStart >= 0) dateline = DatelineReader.readAlone(text(bodyStart));
        }
        if (dateline != null) sortHead(bodyStart);
        else bodyStart = sortHeadWithoutDateline();
        sortBody(bodyStart);
        return collect(dateline);
    }

    /** The block that is a dateline on a line of its own above a paragraph ("KONYA, Türkiye"), or -1. */
    private int datelineAlone() {
        for (int k = 0; k + 1 < Math.min(DATELINE_SEARCH, unsorted.size()); k++) {
            if (DatelineReader.readAlone(text(k)) != null && BlockShape.endsSentence(text(k + 1))) return k;
        }
        return -1;
    }

    /**
     * Headline is the first headline-shaped block; the next is the standfirst; the rest furniture.
     * A headline of two words is a headline ("Pope dies", "Strike ends", "Ferries halted"). A
     * single word ("World", "Politics") above another headline-shaped block is a section label;
     * with none below it, it is the headline. Labels of several words ("Top stories") are
     * furniture by name (furniture-lines.txt).
     */
    private void sortHead(int bodyStart) {
        int headline = -1;
        int shortHeadline = -1;
        int labels = Masthead.labelsAbove(this::text, bodyStart);
        for (int k = 0; k < bodyStart && headline < 0; k++) {
            if (!BlockShape.looksLikeHeadline(text(k))) continue;
            boolean sectionLabel = Whitespace.countWords(text(k), 3) <= 1 && k + 1 < bodyStart || k < labels;
            if (!sectionLabel) headline = k;
            else if (shortHeadline < 0) shortHeadline = k;
        }
        if (headline < 0) headline = shortHeadline;
        int standfirst = headline + 1;
        // A photo caption may stand where the deck would: the deck is the block after it. So may
        // the headline printed again, the writer's name or the page's stamp ("Reuters Staff").
        while (headline >= 0 && standfirst < bodyStart && isUnderHeadline(standfirst, headline)) standfirst++;
        for (int k = 0; k < bodyStart; k++) {
            Piece.Role role = Piece.Role.BOILERPLATE;
            if (k == headline) role = Piece.Role.HEADLINE;
            else if (headline >= 0 && k == standfirst) role = Piece.Role.STANDFIRST;
            set(k, role);
        }
    }

    /** A page that prints the headline twice (over the story, then in it) repeats it word for word. */
    private boolean repeats(int k, int headline) {
        return Whitespace.trim(text(k)).equals(Whitespace.trim(text(headline)));
    }

    /**
     * Under a headline without a dateline: the headline printed again, alone or run together
     * with a kicker and a date ("15 families evacuated Sunday, October 18, 2015 Earthquake in
     * ..."), or a photo caption, before the story starts.
     */
    private boolean isHeadFurniture(int k, int head) {
        String headline = Whitespace.trim(text(head));
        return isUnderHeadline(k, head) || headline.length() >= MIN_REPEATED_HEADLINE && text(k).contains(headline);
    }

    /** The headline printed again, a photo caption, a picture's credit or the page's stamp under the headline. */
    private boolean isUnderHeadline(int k, int head) {
        return repeats(k, head) || Furniture.isCaption(text(k)) || creditAbove(k) || Masthead.isUnderHeadline(text(k));
    }

    /**
     * "Photo by Jane Roe" over "Councilman Tim Fitch at a May meeting.": the block under a
     * picture's credit line is the picture's caption, whatever its words.
     */
    private boolean creditAbove(int k) {
        for (int i = k > 0 ? unsorted.get(k - 1) + 1 : 0; i < unsorted.get(k); i++) {
            if (Furniture.isCreditLine(Whitespace.trim(pieces.get(i).text()))) return true;
        }
        return false;
    }

    /** @return where the body starts */
    private int sortHeadWithoutDateline() {
        int head = Masthead.labelsAbove(this::text, unsorted.size());
        if (unsorted.isEmpty() || !BlockShape.looksLikeHeadline(text(head))) return 0;
        for (int k = 0; k < head; k++) set(k, Piece.Role.BOILERPLATE);
        set(head, Piece.Role.HEADLINE);
        int next = head + 1;
        while (next < unsorted.size() - 1 && isHeadFurniture(next, head)) set(next++, Piece.Role.BOILERPLATE);
        HeadlineWords words = new HeadlineWords(text(head));
        if (unsorted.size() >= next + 2 && (looksLikeDeck(text(next)) || bylineBelow(next) && isDeckSized(text(next))
                || isCutSummary(text(next)) || isDeckAboveLede(next, words) || isRewrittenAsLede(next)
                || TimedLede.isDeckOver(text(next), text(next + 1), text(head), words) || HostIntro.is(text(next)))) {
            set(next++, Piece.Role.STANDFIRST);
            // The writer and the stamp may stand under the deck as well.
            while (next < unsorted.size() - 1 && Masthead.isUnderHeadline(text(next))) set(next++, Piece.Role.BOILERPLATE);
        }
        return next;
    }

    /**
     * A deck the lede under it rewrites at length: the two open with the same words
     * ("Residents in parts of Victoria have been told they are ..." twice), as sites that
     * print the summary over the story do. Two paragraphs of a story never repeat so much.
     */
    private boolean isRewrittenAsLede(int k) {
        return isDeckSized(text(k)) && BlockShape.endsSentence(text(k)) && sameOpening(text(k), text(k + 1), LONG_OPENING)
                && !Whitespace.trim(text(k)).equals(Whitespace.trim(text(k + 1)));
    }

    /**
     * Web pages print the byline and publication stamp between the deck and the story, so a
     * block with one of them below it and the body after is the deck, full stop or not.
     */
    private boolean bylineBelow(int k) {
        boolean byline = false;
        for (int i = unsorted.get(k) + 1; i < unsorted.get(k + 1); i++) {
            String line = Whitespace.trim(pieces.get(i).text());
            byline |= Furniture.isByline(line) || Furniture.isTimestamp(line) || Furniture.isBylineAndStamp(line);
        }
        return byline;
    }

    /**
     * A one-sentence deck with its full stop, told from a lede by what it says: the lede tells
     * the headline's news and repeats its words; a deck adds to the headline, so the paragraph
     * under it repeats clearly more of the headline's words than it does (one more word may be
     * a name the lede spelt out in full), or repeats more and restates the deck's opening; and
     * the deck is the shorter of the two.
     */
    private boolean isDeckAboveLede(int k, HeadlineWords headline) {
        String text = text(k);
        String below = text(k + 1);
        if (!isDeckSized(text) || BlockShape.hasSentenceBreak(text) || !BlockShape.endsSentence(below)) return false;
        // A deck is the shorter: it sums up what the lede then tells in full.
        if (Whitespace.countWords(text, MAX_DECK_WORDS + 1) >= Whitespace.countWords(below, MAX_DECK_WORDS + 1)) return false;
        int more = headline.repeatedIn(below) - headline.repeatedIn(text);
        return more >= CLEARLY_MORE || more > 0 && sameOpening(text, below, OPENING_WORDS);
    }

    /** "At least 41 people have died in ..." over "At least 41 people have died and ...". */
    private static boolean sameOpening(String deck, String below, int opening) {
        int words = 0;
        int i = 0;
        while (i < deck.length() && i < below.length() && deck.charAt(i) == below.charAt(i)) {
            if (deck.charAt(i) == ' ' && ++words == opening) return true;
            i++;
        }
        return false;
    }

    /**
     * A summary a feed cut to length ends in an ellipsis ("... in the case of a war…"); a
     * paragraph of the story ends with its sentence.
     */
    private static boolean isCutSummary(String text) {
        String t = Whitespace.trim(text);
        return isDeckSized(t) && (t.endsWith("…") || t.endsWith("...")) && !t.endsWith("....");
    }

    /** One or two sentences of a deck's length, not a heading. */
    private static boolean isDeckSized(String text) {
        int words = Whitespace.countWords(text, MAX_DECK_WORDS + 1);
        return words >= MIN_STANDFIRST_WORDS && words <= MAX_DECK_WORDS && !BlockShape.isAllCaps(text);
    }

    /**
     * A deck without a dateline below it: one sentence of some length without a full stop
     * (TASS's style). A first paragraph that lost its full stop is longer or has several sentences.
     */
    private static boolean looksLikeDeck(String text) {
        int words = Whitespace.countWords(text, MAX_DECK_WORDS + 1);
        return words >= MIN_STANDFIRST_WORDS && words <= MAX_DECK_WORDS && !BlockShape.endsSentence(text)
                && !BlockShape.isAllCaps(text) && !BlockShape.hasSentenceBreak(text);
    }

    /** The body's blocks: paragraphs, the subheadings of its sections, the furniture after it. */
    private void sortBody(int bodyStart) {
        List<String> body = new ArrayList<>();
        for (int k = bodyStart; k < unsorted.size(); k++) body.add(text(k));
        Piece.Role[] roles = BodySections.roles(body);
        for (int i = 0; i < roles.length; i++) set(bodyStart + i, roles[i]);
    }

    private Layout collect(DatelineInfo dateline) {
        String headline = null;
        String standfirst = null;
        List<Block> blocks = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        for (Piece piece : pieces) {
            switch (piece.role()) {
                case HEADLINE -> headline = SiteName.cut(piece.text());
                case STANDFIRST -> standfirst = piece.text();
                case PARAGRAPH -> blocks.add(Block.paragraph(piece.text()));
                case SUBHEADING -> blocks.add(Block.subheading(piece.text()));
                default -> boilerplate.add(piece.text());
            }
        }
        return new Layout(headline, standfirst, dateline, blocks, boilerplate);
    }

    private String text(int k) {
        return pieces.get(unsorted.get(k)).text();
    }

    private void set(int k, Piece.Role role) {
        int index = unsorted.get(k);
        pieces.set(index, pieces.get(index).as(role));
    }
}
