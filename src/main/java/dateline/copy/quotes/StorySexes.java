package dateline.copy.quotes;

import dateline.copy.lexicon.NameLexicon;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sex of each person, as a given-name list marks it, or else as the story's own pronouns
 * about them establish it: "Mpofu adopted a 'so what' attitude. He said ..." (the sentence after
 * one the person opens starts with "He"), "Zuma-Sambudla had been flagged because she ..." (the
 * first pronoun of a sentence whose only person so far is them). Conflicting evidence leaves the
 * sex unknown. Read once per story, in one pass over the person mentions.
 */
final class StorySexes {
    private final Map<String, NameLexicon.Sex> story = new HashMap<>();

    StorySexes(StoryText text, PersonIndex index) {
        Map<String, NameLexicon.Sex> votes = new HashMap<>();
        List<PersonIndex.Mention> people = index.people();
        for (int i = 0; i < people.size(); i++) {
            PersonIndex.Mention m = people.get(i);
            if (m.quoted() || m.possessive()) continue;
            PersonIndex.Mention next = i + 1 < people.size() ? people.get(i + 1) : null;
            NameLexicon.Sex sex = pronounAfter(text, m, next);
            if (sex == NameLexicon.Sex.UNKNOWN) continue;
            NameLexicon.Sex before = votes.putIfAbsent(m.entity().name(), sex);
            if (before != null && before != sex) votes.put(m.entity().name(), NameLexicon.Sex.UNKNOWN);
        }
        story.putAll(votes);
    }

    /** The sex the name list gives the person, else the one the story's pronouns give, else unknown. */
    NameLexicon.Sex of(String name) {
        NameLexicon.Sex listed = PersonIndex.sexOf(name);
        return listed != NameLexicon.Sex.UNKNOWN ? listed : story.getOrDefault(name, NameLexicon.Sex.UNKNOWN);
    }

    /**
     * The first third-person pronoun after the mention in its sentence, when the mention is the
     * sentence's first person and no other person comes before the pronoun; or, for a mention that
     * opens its sentence, a "He" or "She" opening the next sentence.
     */
    private static NameLexicon.Sex pronounAfter(StoryText text, PersonIndex.Mention m, PersonIndex.Mention next) {
        Segment s = text.segment(m.block());
        List<Token> tokens = s.tokens();
        int stop = next != null && next.block() == m.block() ? next.from() : tokens.size();
        for (int k = m.to(); k < stop; k++) {
            if (text.quoted(m.block(), k)) continue;
            if (text.endsSentence(m.block(), k)) {
                if (!m.salient() || k + 1 >= tokens.size() && m.block() + 1 >= text.blockCount()) return NameLexicon.Sex.UNKNOWN;
                Token opener = k + 1 < tokens.size() ? tokens.get(k + 1) : firstOf(text, m.block() + 1);
                return opener == null ? NameLexicon.Sex.UNKNOWN : subjectSex(opener);
            }
            NameLexicon.Sex sex = sex(tokens.get(k));
            if (sex != NameLexicon.Sex.UNKNOWN) return m.salient() ? sex : NameLexicon.Sex.UNKNOWN;
            // "Govender said the accounts in her name ...": after a verb of speech, pronouns are
            // in what was said, and may be about anyone; only the next sentence's opener still counts.
            if (tokens.get(k).word() && Words.isReporting(tokens.get(k))) {
                k = skipToSentenceEnd(text, m.block(), k, stop) - 1;
            }
        }
        return NameLexicon.Sex.UNKNOWN;
    }

    /** The index of the token ending the sentence that token {@code k} is in, or {@code stop}. */
    private static int skipToSentenceEnd(StoryText text, int block, int k, int stop) {
        int j = k;
        while (j < stop && !text.endsSentence(block, j)) j++;
        return j;
    }

    private static Token firstOf(StoryText text, int block) {
        if (!text.isParagraph(block) || text.segment(block).tokens().isEmpty() || text.quoted(block, 0)) return null;
        return text.segment(block).tokens().get(0);
    }

    private static NameLexicon.Sex subjectSex(Token t) {
        return t.is("He") ? NameLexicon.Sex.MALE : t.is("She") ? NameLexicon.Sex.FEMALE : NameLexicon.Sex.UNKNOWN;
    }

    private static NameLexicon.Sex sex(Token t) {
        if (!t.word()) return NameLexicon.Sex.UNKNOWN;
        return switch (t.lower()) {
            case "he", "his", "him", "himself" -> NameLexicon.Sex.MALE;
            case "she", "her", "hers", "herself" -> NameLexicon.Sex.FEMALE;
            default -> NameLexicon.Sex.UNKNOWN;
        };
    }
}
