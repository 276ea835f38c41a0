package dateline.copy.layout;

import dateline.copy.text.Whitespace;

/**
 * A broadcaster's web page keeps the host's introduction above the report: a sentence or two
 * of news and the hand-over to the reporter ("NPR's Jane Roe reports from eastern Oregon.").
 * It stands where a deck stands and does a deck's work, so it is the standfirst; a story's own
 * paragraph never announces its reporter.
 */
final class HostIntro {
    private static final int MAX_HANDOVER_WORDS = 12;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private HostIntro() {}

    static boolean is(String block) {
        String t = Whitespace.trim(block);
        int words = Whitespace.countWords(t, MAX_WORDS + 1);
        if (words < MIN_WORDS || words > MAX_WORDS || !t.endsWith(".")) return false;
        int start = lastSentenceStart(t);
        String handover = t.substring(start);
        if (Whitespace.countWords(handover, MAX_HANDOVER_WORDS + 1) > MAX_HANDOVER_WORDS) return false;
        boolean reports = handover.endsWith(" reports.") || handover.contains(" reports from ");
        return reports && (handover.contains("'s ") || handover.contains("’s "));
    }

    /** Where the block's last sentence starts: after the last ". " before a capital, or 0. */
    private static int lastSentenceStart(String t) {
        for (int i = t.length() - 3; i > 0; i--) {
            if (t.charAt(i) == '.' && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))) return i + 2;
        }
        return 0;
    }
}
