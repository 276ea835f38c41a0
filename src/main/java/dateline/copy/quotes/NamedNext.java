package dateline.copy.quotes;

import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.story.Quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "A leader of the state's largest teachers union said lawmakers \"missed the mark\"." then
 * "\"...,\" said Dan Holub, executive director of the Indiana State Teachers Association.": agency
 * copy describes a speaker first and names them in the next paragraph. The unnamed description
 * becomes that person when the next paragraph's first quote is theirs, the story names them
 * there for the first time, and their apposition shares a word with the description.
 */
final class NamedNext {
    private static final String UNNAMED = "an unnamed ";
    /** How many words after the head noun describe the source ("of the state's largest teachers union"). */
    private static final int DESCRIPTION = 10;
    /** How many words after the name its apposition may run ("executive director of the ... Association"). */
    private static final int APPOSITION = 14;
    /** Words shorter than this ("the", "of", "its") are not evidence. */
    private static final int SHORTEST = 4;

    private NamedNext() {}

    static void apply(List<Quote> quotes, StoryText text, PersonIndex index) {
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.speaker() == null || !q.speaker().startsWith(UNNAMED)) continue;
            Quote next = firstIn(quotes, q.block() + 1);
            if (next == null || next.speaker() == null) continue;
            String name = next.speaker();
            PersonIndex.Mention first = firstMention(index, name);
            if (first == null || first.block() != q.block() + 1) continue;
            Set<String> described = description(text, q);
            if (described.isEmpty() || !shares(described, apposition(text, first))) continue;
            quotes.set(i, new Quote(q.text(), name, q.speakerInText(), q.block(), q.start()));
        }
    }

    private static Quote firstIn(List<Quote> quotes, int block) {
        for (Quote q : quotes) if (q.block() == block) return q;
        return null;
    }

    /** Where the story first names the person in its body (mentions are in reading order). */
    private static PersonIndex.Mention firstMention(PersonIndex index, String name) {
        for (PersonIndex.Mention m : index.people()) if (m.entity().name().equals(name)) return m;
        return null;
    }

    /** The words after the description's head noun in its paragraph, up to a reporting verb. */
    private static Set<String> description(StoryText text, Quote q) {
        Segment s = text.segment(q.block());
        String head = q.speaker().substring(q.speaker().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        for (int k = 0; k < s.tokens().size(); k++) {
            if (text.quoted(q.block(), k) || !s.tokens().get(k).lower().equals(head)) continue;
            for (int j = k + 1; j < s.tokens().size() && j <= k + DESCRIPTION; j++) {
                Token t = s.tokens().get(j);
                if (text.quoted(q.block(), j) || t.word() && Words.isReporting(t)) break;
                if (t.word() && t.lower().length() >= SHORTEST) words.add(stem(t.lower()));
            }
            return words;
        }
        return words;
    }

    private static Set<String> apposition(StoryText text, PersonIndex.Mention m) {
        Segment s = text.segment(m.block());
        Set<String> words = new HashSet<>();
        for (int j = m.to(); j < s.tokens().size() && j < m.to() + APPOSITION && !text.endsSentence(m.block(), j); j++) {
            Token t = s.tokens().get(j);
            if (text.quoted(m.block(), j)) break;
            if (t.word() && t.lower().length() >= SHORTEST) words.add(stem(t.lower()));
        }
        return words;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String w : a) if (b.contains(w)) return true;
        return false;
    }

    /** "teachers" and "teacher" are one word here. */
    private static String stem(String lower) {
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
