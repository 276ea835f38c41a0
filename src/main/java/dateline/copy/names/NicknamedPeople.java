package dateline.copy.names;

import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.List;

/** A person written with a nickname in quotes between first name and surname, listed without it. */
final class NicknamedPeople {
    private NicknamedPeople() {}

    /**
     * Jame “Buffalo Bill” Gumb, Joaquín "El Chapo" Guzmán: a nickname in quotes between a first
     * name and a surname; the person is listed by the name without it. True when the three runs
     * (first name, nickname, surname) were read so.
     */
    static boolean read(Lexicon lexicon, Segment s, int[] first, int[] nick, int[] last, List<Candidate> out) {
        if (first[1] - first[0] > 2 || last[1] - last[0] > 2 || nick[1] - nick[0] > 3) return false;
        if (nick[0] != first[1] + 1 || last[0] != nick[1] + 1) return false;
        Token open = s.tokens().get(first[1]);
        Token close = s.tokens().get(nick[1]);
        if (!(open.is("“") && close.is("”") || open.is("\"") && close.is("\""))) return false;
        for (int[] run : new int[][] {first, last}) {
            for (int i = run[0]; i < run[1]; i++) {
                Token t = s.tokens().get(i);
                if (Words.isCommon(t) || NameReader.isTitleWord(t) || lexicon.lookup(t.text()) != null) return false;
            }
        }
        String name = NameReader.key(s, first[0], first[1]) + " " + NameReader.key(s, last[0], last[1]);
        out.add(Candidate.of(s, first[0], last[1], Entity.Kind.PERSON, name, false));
        return true;
    }
}
