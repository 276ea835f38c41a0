package dateline.copy.quotes;

import dateline.copy.lexicon.NameLexicon;
import dateline.copy.lexicon.TitleLexicon;

import java.util.function.Predicate;

/**
 * The back-references that point to a person: a pronoun ("she said") to the latest person of a
 * fitting sex who spoke or was named, a role noun ("the ambassador") to the latest person with a
 * fitting title, an age ("the 58-year-old") to the person named last.
 */
final class PersonReferences {
    /** How many paragraphs back "the spokesperson" may reach for an unnamed one who spoke. */
    private static final int UNNAMED_PARAGRAPHS = 3;
    private final StoryText text;
    private final PersonIndex index;
    private final Spoken spoken;
    private final StorySexes sexes;

    PersonReferences(StoryText text, PersonIndex index, Spoken spoken) {
        this.text = text;
        this.index = index;
        this.spoken = spoken;
        this.sexes = new StorySexes(text, index);
    }

    /** The latest person who spoke (or, failing that, was named) before, not of the excluded sex. */
    String pronoun(NameLexicon.Sex excluded, Attribution a) {
        PersonIndex.Mention only = onlyInParagraph(a, excluded);
        if (only != null) return spoken.person(only, a);
        PersonIndex.Mention latest = latest(a, excluded, true);
        if (latest == null) latest = latest(a, excluded, false);
        // A subheading opens a new section, and copy names its subject again after one: a pronoun
        // that would reach back across one is about someone the section describes, unless it is
        // the person the whole story is about (the one it names most).
        if (latest != null && text.subheadingBetween(latest.block(), a.block()) && !mostNamed(latest)) return null;
        return latest == null ? null : spoken.person(latest, a);
    }

    /**
     * "the ambassador": the latest person with a fitting title; else an unnamed source called so
     * who spoke a few paragraphs before ("a spokesperson for the company tells ... \"...,\" the
     * spokesperson says"); else the latest who spoke.
     */
    String role(String noun, Attribution a) {
        PersonIndex.Mention best = PersonIndex.latestBefore(index.people(), a.block(), a.from(), SpeakerResolver.REACH,
                m -> !m.quoted() && TitleLexicon.fits(noun, index.titlesOf(m.entity().name())));
        Spoken.Voice unnamed = spoken.unnamedBefore(noun, a);
        if (unnamed != null && unnamed.block() >= a.block() - UNNAMED_PARAGRAPHS
                && (best == null || best.before(unnamed.block(), unnamed.from()))) {
            spoken.unnamed(noun, unnamed.name(), a);
            return unnamed.name();
        }
        if (best == null) best = latest(a, null, true);
        return best == null ? null : spoken.person(best, a);
    }

    /** "the 58-year-old told AFP": the person named last, whether or not they spoke before. */
    String aged(Attribution a) {
        PersonIndex.Mention latest = latest(a, null, false);
        return latest == null ? null : spoken.person(latest, a);
    }

    /**
     * "Brennan's son was born after a drive through fog. Her husband drove, she says": the one
     * person the paragraph names before the pronoun, even possessively, when the story's names
     * or pronouns give them the pronoun's sex; they, not a speaker of an earlier paragraph.
     */
    private PersonIndex.Mention onlyInParagraph(Attribution a, NameLexicon.Sex excluded) {
        PersonIndex.Mention found = index.onlyNamed(a.block(), a.from());
        // A quote paragraph that names no one goes on from the paragraph before it.
        if (found == null && text.quoted(a.block(), 0) && a.block() > 0 && text.isParagraph(a.block() - 1)) {
            found = index.onlyNamed(a.block() - 1, Integer.MAX_VALUE);
        }
        if (found == null) return null;
        NameLexicon.Sex sex = sexes.of(found.entity().name());
        return sex == NameLexicon.Sex.UNKNOWN || sex == excluded ? null : found;
    }

    /** Whether no person is named more often in the story than this one. */
    private boolean mostNamed(PersonIndex.Mention m) {
        int count = m.entity().mentions().size();
        for (PersonIndex.Mention other : index.people()) if (other.entity().mentions().size() > count) return false;
        return true;
    }

    private PersonIndex.Mention latest(Attribution a, NameLexicon.Sex excluded, boolean speakersOnly) {
        Predicate<PersonIndex.Mention> wanted = m -> !m.quoted() && (!speakersOnly || m.salient())
                && (excluded == null || sexes.of(m.entity().name()) != excluded);
        PersonIndex.Mention named = PersonIndex.latestBefore(index.people(), a.block(), a.from(), SpeakerResolver.REACH, wanted);
        PersonIndex.Mention quoted = PersonIndex.latestBefore(spoken.people(), a.block(), a.from(), SpeakerResolver.REACH, wanted);
        if (named == null) return quoted;
        return quoted != null && named.before(quoted.block(), quoted.from()) ? quoted : named;
    }
}
