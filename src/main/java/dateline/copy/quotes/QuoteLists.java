package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Lists of quotes under a lead that names their speaker once: "Below are his key statements:"
 * then quote paragraphs, perhaps under topic lines ("On BRICS:"), each the lead's speaker's.
 */
final class QuoteLists {
    private static final Set<String> STATEMENT_LISTS = Set.copyOf(BundledList.section("speaker-words.txt", "statement lists"));
    /** How many blocks a list of quotes may run under its lead; a topic line is a few words. */
    private static final int LIST_REACH = 40;
    private static final int TOPIC_TOKENS = 8;

    private final StoryText text;
    private final PersonIndex index;

    QuoteLists(StoryText text, PersonIndex index) {
        this.text = text;
        this.index = index;
    }

    /**
     * "Below are his key statements:" then quote paragraphs, perhaps under topic lines ("On
     * BRICS:"): the speaker the lead names for the list, when only quote paragraphs, topic lines
     * and subheadings stand between it and {@code block}; null otherwise.
     */
    String listedBy(int block) {
        for (int b = block - 1; b >= 0 && b >= block - LIST_REACH; b--) {
            if (!text.isParagraph(b)) continue;
            Segment s = text.segment(b);
            if (s.tokens().isEmpty() || text.quoted(b, 0) || isTopicLine(b)) continue;
            return leadSpeaker(b);
        }
        return null;
    }

    /** "On BRICS:", "On sanctions": a short line naming the topic of the quotes under it. */
    private boolean isTopicLine(int b) {
        List<Token> tokens = text.segment(b).tokens();
        if (tokens.size() > TOPIC_TOKENS) return false;
        Token last = tokens.get(tokens.size() - 1);
        return last.is(":") || !(last.is(".") || last.is("!") || last.is("?"));
    }

    /** The speaker a lead's last sentence announces statements of: "statements by X", "X's remarks", "his key statements". */
    private String leadSpeaker(int b) {
        Segment s = text.segment(b);
        int end = s.tokens().size() - 1;
        int start = end;
        while (start > 0 && !text.endsSentence(b, start - 1)) start--;
        for (int i = start; i <= end; i++) {
            Token t = s.tokens().get(i);
            if (!t.word() || text.quoted(b, i) || !STATEMENT_LISTS.contains(t.lower())) continue;
            Token next = s.token(i + 1);
            if (next != null && (next.is("by") || next.is("of") || next.is("from"))) {
                PersonIndex.Mention after = PersonIndex.firstWithin(index.people(), b, i + 2, Math.min(end + 1, i + 8), m -> true);
                if (after != null) return after.entity().name();
            }
            for (int k = i - 1; k >= start && k >= i - 3; k--) {
                Token w = s.tokens().get(k);
                if (w.isPossessive()) {
                    int mark = k;
                    PersonIndex.Mention owner = PersonIndex.firstWithin(index.people(), b, Math.max(start, k - 4), k, m -> m.to() == mark);
                    return owner == null ? null : owner.entity().name();
                }
                if (w.is("his") || w.is("her") || w.is("His") || w.is("Her")) {
                    PersonIndex.Mention named = PersonIndex.latestBefore(index.people(), b, k, SpeakerResolver.REACH, m -> !m.quoted() && m.block() >= b - 1);
                    return named == null ? null : named.entity().name();
                }
            }
        }
        return null;
    }
}
