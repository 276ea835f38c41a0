package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;
import dateline.copy.names.OrganisationDescription;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.lexicon.NameLexicon;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves the speaker an attribution names to a canonical name: a person or organisation
 * named in it, or a back-reference ("he", "the diplomat", "the statement") to one named before.
 * Pronouns go to the latest compatible person who spoke; role nouns to the latest person with a
 * fitting title ({@link SpeakerReferences}). Unresolvable attributions give null: never a guess.
 */
public final class SpeakerResolver {
    /** How many mentions back a pronoun or role noun may reach. */
    static final int REACH = 400;
    private static final Set<String> PLACING = Set.copyOf(BundledList.section("speaker-words.txt", "placing"));
    private static final Set<String> VERBS_AFTER_SUBJECT = Set.copyOf(BundledList.section("speaker-words.txt", "verbs after a subject"));
    private static final Set<String> PREPOSITIONS = Set.copyOf(BundledList.section("speaker-words.txt", "prepositions"));

    private final StoryText text;
    private final PersonIndex index;
    private final SpeakerReferences references;
    private final QuoteLists lists;

    SpeakerResolver(StoryText text, PersonIndex index) {
        this.text = text;
        this.index = index;
        this.references = new SpeakerReferences(text, index);
        this.lists = new QuoteLists(text, index);
    }

    /** Who an attribution names, and where: tokens [from, to) of its block. */
    record Speaker(String name, int from, int to) {}

    /** The speaker of an attribution; its name is null when it cannot be resolved. */
    Speaker resolve(Attribution a) {
        // "Ishiba was asked, \"...\"": the subject of a passive of asking or telling is spoken to;
        // the speaker is someone else, whom the story may not name.
        AttributionFinder finder = new AttributionFinder(text);
        if (finder.isPassive(a) || finder.inSubordinateClause(a)) return new Speaker(null, a.from(), a.to());
        String owner = Documents.ownerNamedIn(text, index, a);
        if (owner != null) return new Speaker(owner, a.from(), a.to());
        // "under cross-examination by Mpofu, he said", "the letter to Greenberg said": a name after
        // a preposition is part of an adverbial, not the verb's subject.
        PersonIndex.Mention person = sharesSubject(a) ? firstNamed(a) : first(index.people(), a);
        if (person != null && !a.inverted() && afterPreposition(person)) person = null;
        // "A bench of Justices Sharma and Mehra said": two people joined as the subject speak
        // together (or for a body); neither alone is the speaker.
        if (person != null && !a.inverted() && joinedToPerson(person)) return new Speaker(null, person.from(), person.to());
        if (person != null) {
            PersonIndex.Mention meant = index.bySurname(person);
            return new Speaker(meant == null ? null : references.spoken(meant, a), person.from(), person.to());
        }
        // The name right before the verb is its subject, before any back-reference further
        // back: "In its submission to the court, Israel said" is Israel, not the court.
        PersonIndex.Mention subject = placeAsSubject(a);
        if (subject != null) {
            references.bodySpoke(subject, a);
            return new Speaker(subject.entity().name(), subject.from(), subject.to());
        }
        Speaker byReference = references.byReference(a);
        if (byReference != null) return byReference;
        PersonIndex.Mention org = first(index.organisations(), a);
        if (org != null && placedByPreposition(org)) org = null;
        if (org != null) {
            references.bodySpoke(org, a);
            int to = withOthers(org, a);
            String others = to == org.to() ? "" : " " + text.segment(a.block()).span(org.to(), to);
            return new Speaker(org.entity().name() + others, org.from(), to);
        }
        PersonIndex.Mention opening = placeOpening(a);
        if (opening != null) {
            references.bodySpoke(opening, a);
            return new Speaker(opening.entity().name(), opening.from(), opening.to());
        }
        String described = OrganisationDescription.match(text.segment(a.block()), a.from(), a.to(), index.organisationNames());
        if (described != null) return new Speaker(described, a.from(), a.to());
        Speaker group = references.group(a);
        if (group != null) return group;
        // Unresolved: the words nearest the verb still say how the copy attributes it ("what it calls").
        return a.inverted() ? new Speaker(null, a.from(), Math.min(a.to(), a.from() + 3))
                : new Speaker(null, Math.max(a.from(), a.to() - 2), a.to());
    }

    /**
     * "Israel said", "Beijing said": a country or capital just before the verb, not after a
     * preposition, is the subject and speaks for its government; the speaker is named as the
     * story names the place. Only right before the verb: "in Israel, officials said" is not Israel.
     */
    private PersonIndex.Mention placeAsSubject(Attribution a) {
        if (a.inverted()) return null;
        PersonIndex.Mention place = PersonIndex.firstWithin(index.places(), a.block(), a.from(), a.to(),
                m -> !m.possessive() && !m.quoted() && m.to() == a.to());
        if (place == null || placedByPreposition(place)) return null;
        // "a man in the city of Verona told", "the people of Gaza said": the place ends a noun
        // phrase whose head, not the place, is the subject.
        Token before = text.segment(a.block()).token(place.from() - 1);
        return before != null && before.is("of") ? null : place;
    }

    /**
     * "Israel did not appear at the hearings, but ... rejected": a country opening the sentence,
     * followed by its verb, is the subject of the sentence's reporting verb when nothing else in
     * the sentence is named as speaking.
     */
    private PersonIndex.Mention placeOpening(Attribution a) {
        if (a.inverted()) return null;
        PersonIndex.Mention place = PersonIndex.firstWithin(index.places(), a.block(), a.from(), a.to(),
                m -> !m.possessive() && !m.quoted());
        if (place == null || place.from() != a.from() || !text.segment(a.block()).token(place.from()).sentenceStart() && place.from() != 0) return null;
        Token next = text.segment(a.block()).token(place.to());
        return next != null && next.word() && !next.capitalised() && (VERBS_AFTER_SUBJECT.contains(next.lower()) || Words.isReporting(next)) ? place : null;
    }

    /** ", saying" after "X brushed Y off": a participle after a comma shares the sentence's subject. */
    private boolean sharesSubject(Attribution a) {
        if (a.inverted() || a.verb() <= a.from()) return false;
        Token verb = text.segment(a.block()).token(a.verb());
        Token comma = text.segment(a.block()).token(a.verb() - 1);
        return verb != null && verb.lower().endsWith("ing") && comma != null && comma.is(",");
    }

    /** The first person named in the window, not possessive: the sentence's subject. */
    private PersonIndex.Mention firstNamed(Attribution a) {
        return PersonIndex.firstWithin(index.people(), a.block(), a.from(), a.to(), m -> !m.possessive() && !m.quoted());
    }

    /**
     * "under cross-examination by Mpofu, he said": the name is the object of a preposition, so
     * the pronoun after it is the subject. "X had been flagged because she ... had posted" keeps X,
     * the subject that opens the sentence. A title may stand between ("by defence lawyer Mpofu").
     */
    private boolean afterPreposition(PersonIndex.Mention person) {
        Segment s = text.segment(person.block());
        for (int k = person.from() - 1; k >= 0 && k >= person.from() - 4; k--) {
            Token t = s.tokens().get(k);
            if (!t.word()) return false;
            if (PREPOSITIONS.contains(t.lower())) return true;
            // Only a title or honorific ("from Lord Alli"), or a word qualifying a title
            // ("defence lawyer"), may stand between.
            boolean title = TitleLexicon.isTitle(t.lower()) || NameLexicon.isHonorific(t.text());
            boolean qualifiesTitle = !t.capitalised() && s.token(k + 1) != null && TitleLexicon.isTitle(s.token(k + 1).lower());
            if (!title && !qualifiesTitle) return false;
        }
        return false;
    }

    /**
     * "The UN and other aid organisations have condemned": the body speaks with others, and the
     * speaker is all of them as the story words it; where the words "and other" and a few
     * lower-case words after the name end, or the name's own end when they do not follow.
     */
    private int withOthers(PersonIndex.Mention m, Attribution a) {
        Segment s = text.segment(m.block());
        Token and = s.token(m.to());
        Token other = s.token(m.to() + 1);
        if (and == null || other == null || !and.is("and") || !other.is("other")) return m.to();
        int to = m.to() + 2;
        while (to < a.to() && to < m.to() + 5 && s.tokens().get(to).word() && !s.tokens().get(to).capitalised()
                && !Words.isReporting(s.tokens().get(to)) && !VERBS_AFTER_SUBJECT.contains(s.tokens().get(to).lower())) to++;
        // Only a plural noun closes the group ("other aid organisations"); else the name alone.
        return to > m.to() + 2 && s.tokens().get(to - 1).lower().endsWith("s") ? to : m.to();
    }

    /** "Rekha Sharma and Anil Mehra": the person is the second of two joined by "and" (a title may stand between). */
    private boolean joinedToPerson(PersonIndex.Mention person) {
        Segment s = text.segment(person.block());
        int k = person.from() - 1;
        while (k >= 0 && s.tokens().get(k).word() && TitleLexicon.isTitle(s.tokens().get(k).lower())) k--;
        if (k < 1 || !s.tokens().get(k).is("and")) return false;
        int end = k;
        return PersonIndex.firstWithin(index.people(), person.block(), Math.max(0, k - 6), k, m -> m.to() == end && !m.possessive()) != null;
    }

    /** "walked out in the Lok Sabha, accusing ...": a body named after a preposition is where, not who. */
    private boolean placedByPreposition(PersonIndex.Mention org) {
        Segment s = text.segment(org.block());
        Token before = s.token(org.from() - 1);
        if (before != null && before.is("the")) before = s.token(org.from() - 2);
        return before != null && PLACING.contains(before.lower());
    }

    /**
     * The mention inside the attribution's window that names the speaker: not possessive
     * ("Qiongfen's husband"), the first after an inverted verb, else the last before the verb.
     */
    private static PersonIndex.Mention first(List<PersonIndex.Mention> mentions, Attribution a) {
        // "as to her \"Fav Ex,\" she wrote": a name inside quotes is quoted, never the speaker.
        PersonIndex.Mention found = PersonIndex.firstWithin(mentions, a.block(), a.from(), a.to(), m -> !m.possessive() && !m.quoted());
        if (a.inverted() || found == null) return found;
        PersonIndex.Mention last = found;
        for (int i = PersonIndex.indexAt(mentions, found.block(), found.from()) + 1; i < mentions.size(); i++) {
            PersonIndex.Mention m = mentions.get(i);
            if (m.block() != a.block() || m.from() >= a.to()) break;
            if (m.to() <= a.to() && !m.possessive() && !m.quoted()) last = m;
        }
        return last;
    }

    /** The speaker the lead of a list of quotes names for the list {@code block} is in ({@link QuoteLists}); null otherwise. */
    String listedBy(int block) {
        return lists.listedBy(block);
    }

    /** Whether a person or organisation is named outside quotes in the block before token {@code token}. */
    boolean namesBefore(int block, int token) {
        Predicate<PersonIndex.Mention> outside = m -> !m.quoted();
        return PersonIndex.firstWithin(index.people(), block, 0, token, outside) != null
                || PersonIndex.firstWithin(index.organisations(), block, 0, token, outside) != null;
    }

    /** The person who last spoke or opened a sentence in a body paragraph, outside quotes; null when none. */
    String spokeIn(int block) {
        if (block < 0 || !text.isParagraph(block)) return null;
        PersonIndex.Mention salient = PersonIndex.latestBefore(index.people(), block + 1, 0, REACH,
                m -> m.block() <= block);
        if (salient == null || salient.block() != block) return null;
        salient = PersonIndex.latestBefore(index.people(), block + 1, 0, REACH,
                m -> m.block() < block || (m.salient() && !m.quoted()));
        return salient == null || salient.block() != block ? null : salient.entity().name();
    }
}
