package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.story.Quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "the House Select Committee on the Strategic Competition Between the United States and the
 * Chinese Communist Party": a committee or commission is named with its remit, and the speaker is
 * the body as the story names it in full, where the entity found stops at "Committee".
 */
final class BodyRemits {
    /** Heads of bodies whose full name goes on with "on" and their remit ("Committee on Foreign Relations"). */
    private static final Set<String> HEADS = Set.copyOf(BundledList.section("speaker-words.txt", "bodies named by their remit"));
    /** Lower-case words a remit may hold between its capitalised words. */
    private static final Set<String> JOINERS = Set.of("the", "and", "of", "for", "on", "in", "between");
    /** A remit is a title, not a clause. */
    private static final int LONGEST = 20;

    private BodyRemits() {}

    static void apply(List<Quote> quotes, StoryText text, PersonIndex index) {
        Map<String, String> full = new HashMap<>();
        for (Quote q : quotes) {
            String name = body(q.speaker());
            if (name == null || full.containsKey(name) || !HEADS.contains(name.substring(name.lastIndexOf(' ') + 1))) continue;
            if (!index.organisationNames().contains(name)) continue;
            String remit = remit(text, name.split(" "));
            full.put(name, remit == null ? name : name + " " + remit);
        }
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String body = body(q.speaker());
            String named = body == null ? null : full.get(body);
            if (named != null) quotes.set(i, new Quote(q.text(), named + q.speaker().substring(body.length()), q.speakerInText(), q.block(), q.start()));
        }
    }

    /** The body a speaker names, without the kind of document it spoke through ("House Select Committee (letter)"). */
    private static String body(String speaker) {
        if (speaker == null || !speaker.endsWith(")") || speaker.indexOf(" (") < 0) return speaker;
        return speaker.substring(0, speaker.lastIndexOf(" ("));
    }

    /** The first "on the Strategic Competition ... Party" written right after the name in the body, ending on a capitalised word; else null. */
    private static String remit(StoryText text, String[] name) {
        for (int b = 0; b < text.blockCount(); b++) {
            Segment s = text.segment(b);
            for (int i = 0; i + name.length < s.tokens().size(); i++) {
                if (!named(s, i, name) || text.quoted(b, i)) continue;
                String remit = remitAt(text, b, i + name.length);
                if (remit != null) return remit;
            }
        }
        return null;
    }

    private static boolean named(Segment s, int at, String[] name) {
        for (int k = 0; k < name.length; k++) if (!s.tokens().get(at + k).is(name[k])) return false;
        return true;
    }

    private static String remitAt(StoryText text, int b, int on) {
        Segment s = text.segment(b);
        if (!s.tokens().get(on).is("on")) return null;
        int end = -1;
        for (int k = on + 1; k < s.tokens().size() && k <= on + LONGEST; k++) {
            Token t = s.tokens().get(k);
            if (!t.word() || text.quoted(b, k)) break;
            if (t.capitalised()) end = k + 1;
            else if (!JOINERS.contains(t.lower())) break;
        }
        return end < 0 ? null : s.span(on, end);
    }
}
