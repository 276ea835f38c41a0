package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Set;

/**
 * Speakers that are groups the story does not name ("some analysts", "witnesses"), described in
 * its words, or the body whose members the story introduced them as ("the lawmakers" on a committee).
 */
final class UnnamedGroups {
    private static final Set<String> GROUPS = Set.copyOf(BundledList.section("speaker-words.txt", "groups"));

    private final StoryText text;
    private final PersonIndex index;

    UnnamedGroups(StoryText text, PersonIndex index) {
        this.text = text;
        this.index = index;
    }

    /** Whether a word names a group of unnamed people ("officials", "neighbours"). */
    static boolean isGroup(String lower) {
        return GROUPS.contains(lower);
    }

    /** "witness", "victim", "source": one of a group the story does not name ("witnesses", "victims"). */
    static boolean isMember(String lower) {
        return GROUPS.contains(lower + "s") || GROUPS.contains(lower + "es");
    }

    /** "some analysts suggesting": sources the story does not name, described in its words. */
    SpeakerResolver.Speaker group(Attribution a) {
        Segment s = text.segment(a.block());
        for (int i = a.to() - 1; i >= a.from(); i--) {
            Token t = s.tokens().get(i);
            if (t.word() && GROUPS.contains(t.lower()) && !text.quoted(a.block(), i)) {
                Token det = s.token(i - 1);
                int from = det != null && det.word() && !det.capitalised() && i - 1 >= a.from() ? i - 1 : i;
                String body = from == i || det.lower().equals("the") ? membersOf(t.lower(), a) : null;
                if (body != null) return new SpeakerResolver.Speaker(body, from, i + 1);
                return new SpeakerResolver.Speaker(s.span(from, i + 1) + " (unnamed)", from, i + 1);
            }
        }
        return null;
    }

    /**
     * "lawmakers on the House Select Committee ... requested" then "the lawmakers wrote": the
     * group the story introduced as a body's members speaks for that body. Not "some lawmakers",
     * who are only part of it.
     */
    private String membersOf(String group, Attribution a) {
        PersonIndex.Mention body = PersonIndex.latestBefore(index.organisations(), a.block(), a.to(), SpeakerResolver.REACH, m -> {
            Segment s = text.segment(m.block());
            int k = m.from() - 1;
            if (s.token(k) != null && s.token(k).is("the")) k--;
            Token of = s.token(k);
            Token members = s.token(k - 1);
            return of != null && (of.is("on") || of.is("of") || of.is("from")) && members != null && members.lower().equals(group);
        });
        return body == null ? null : body.entity().name();
    }
}
