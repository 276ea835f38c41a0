package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.quotes.SpeakerResolver.Speaker;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.HashSet;
import java.util.Set;

/**
 * The speakers an attribution refers to without naming them: a pronoun ("he said") or a role
 * noun ("the ambassador") back to a person ({@link PersonReferences}), "it" or "the ministry"
 * back to a body ({@link BodyReferences}), a document ("the report") to its author
 * ({@link Documents}), and sources the story does not name ("a senior official", "some
 * analysts"). Reads the attribution's words and hands each kind to the class that resolves it.
 */
final class SpeakerReferences {
    private static final Set<String> DOCUMENTS = Set.copyOf(BundledList.section("speaker-words.txt", "documents"));
    private static final Set<String> PREPOSITIONS = Set.copyOf(BundledList.section("speaker-words.txt", "prepositions"));
    private static final Set<String> PLACING = Set.copyOf(BundledList.section("speaker-words.txt", "placing"));
    /** An unnamed speaker opens the paragraph: "An agency spokesman said" is within its first words. */
    private static final int SUBJECT_LOOK = 12;
    /** "they" goes back to a group that spoke at most this many paragraphs before. */
    private static final int GROUP_PARAGRAPHS = 2;

    private final StoryText text;
    private final PersonIndex index;
    private final Spoken spoken = new Spoken();
    private final PersonReferences people;
    private final BodyReferences bodies;
    private final UnnamedGroups groups;

    SpeakerReferences(StoryText text, PersonIndex index) {
        this.text = text;
        this.index = index;
        this.people = new PersonReferences(text, index, spoken);
        this.bodies = new BodyReferences(text, index, spoken);
        this.groups = new UnnamedGroups(text, index);
    }

    /** Records that the person spoke at the attribution, and gives their name. */
    String spoken(PersonIndex.Mention person, Attribution a) {
        return spoken.person(person, a);
    }

    /** Records that a body (an organisation, or a country for its government) spoke at the attribution. */
    void bodySpoke(PersonIndex.Mention body, Attribution a) {
        spoken.body(body, a);
    }

    /** "some analysts suggesting": sources the story does not name, described in its words. */
    Speaker group(Attribution a) {
        Speaker group = groups.group(a);
        if (group != null) spoken.group(group.name(), a);
        return group;
    }

    /** A pronoun, role noun or document noun in the window, nearest the verb first. */
    Speaker byReference(Attribution a) {
        Segment s = text.segment(a.block());
        int step = a.inverted() ? 1 : -1;
        for (int i = a.inverted() ? a.from() : a.to() - 1; i >= a.from() && i < a.to(); i += step) {
            Token t = s.tokens().get(i);
            if (!t.word() || text.quoted(a.block(), i)) continue;
            String lower = t.lower();
            // "his remarks" are his; "his office" or "his spokesman" speak for him but are not him.
            boolean possessive = lower.equals("his") || lower.equals("her");
            if (possessive && !isSpeechNoun(s.token(i + 1))) continue;
            boolean he = lower.equals("he") || lower.equals("his") || lower.equals("him");
            if (he || lower.equals("she") || lower.equals("her")) {
                String subject = unnamedSubject(a);
                return new Speaker(subject != null ? subject : people.pronoun(he ? NameLexicon.Sex.FEMALE : NameLexicon.Sex.MALE, a), i, i + 1);
            }
            if (lower.equals("it") && i == a.to() - 1) {
                String subject = bodies.subjectBefore(a, i);
                return new Speaker(subject != null ? subject : bodies.itself(a), i, i + 1);
            }
            // "the lawmakers wrote ... \"...,\" they wrote": the group that spoke in the last paragraphs.
            if (lower.equals("they") && i == a.to() - 1) {
                Spoken.Voice group = spoken.groupBefore(a);
                if (group != null && group.block() >= a.block() - GROUP_PARAGRAPHS && peopleSince(group, a) < 2 && !otherGroupSince(group, a)) return new Speaker(group.name(), i, i + 1);
            }
            if (objectOfPreposition(s, i, a.from())) continue;
            Speaker described = t.capitalised() ? null : described(s, i, lower, a);
            if (described != null) return described;
        }
        return null;
    }

    /**
     * "in a written submission to the court on 28 February, rejected": a noun after a preposition
     * ("to the court", "with the ministry") belongs to an adverbial; it is not the verb's subject.
     */
    private static boolean objectOfPreposition(Segment s, int noun, int from) {
        // Within the attribution's words: "according to" has already been read past.
        for (int k = noun - 1; k >= from && k >= noun - 3; k--) {
            Token t = s.tokens().get(k);
            if (!t.word()) return false;
            String w = t.lower();
            if (PREPOSITIONS.contains(w) || PLACING.contains(w)) return true;
            // Only an article or a lower-case qualifier ("to the full court") may stand between.
            if (t.capitalised() && !w.equals("the")) return false;
        }
        return false;
    }

    /**
     * "An agency spokesman said storms could follow. \"...,\" he said.": a pronoun in a paragraph
     * that opened with an unnamed speaker, and names no person before it, is that speaker.
     */
    private String unnamedSubject(Attribution a) {
        if (PersonIndex.firstWithin(index.people(), a.block(), 0, a.from(), m -> true) != null) return null;
        Segment s = text.segment(a.block());
        for (int i = 1; i + 1 < a.from() && i < SUBJECT_LOOK; i++) {
            Token t = s.tokens().get(i);
            if (!t.word() || text.quoted(a.block(), i) || !TitleLexicon.isTitle(t.lower())) continue;
            if (isSpeechNoun(s.token(i + 1)) && articleBefore(s, i, "a", "an") >= 0) {
                Speaker described = described(s, i, t.lower(), a);
                return described == null ? null : described.name();
            }
        }
        return null;
    }

    /** "a senior official", "the diplomat", "the statement", "the ministry", "the source" at token {@code i}. */
    private Speaker described(Segment s, int i, String lower, Attribution a) {
        int indefinite = Math.max(Math.max(articleBefore(s, i, "a", "an"), articleBefore(s, i, "one", "One")),
                articleBefore(s, i, "another", "Another"));
        if (indefinite >= 0 && (TitleLexicon.isTitle(lower) || UnnamedGroups.isMember(lower))) {
            // "a Commission spokesman said": the body the unnamed speaker speaks for;
            // "a senior official said": someone the story does not name, never a back-reference.
            String body = bodies.employer(s, indefinite, i, a);
            String source = body != null ? body : UnnamedBodies.source(s, indefinite, i, a.block(), index);
            spoken.unnamed(lower, source, a);
            return new Speaker(source, indefinite, i + 1);
        }
        int the = articleBefore(s, i, "the", "The");
        if (the < 0) return null;
        if (DOCUMENTS.contains(lower)) {
            String authors = Documents.author(text, index, a.block(), a.from(), lower);
            spoken.document(authors, a);
            return new Speaker(authors, the, i + 1);
        }
        if (isAge(lower)) return new Speaker(people.aged(a), the, i + 1);
        if (TitleLexicon.isTitle(lower)) return new Speaker(people.role(lower, a), the, i + 1);
        String organisation = bodies.organisationCalled(lower, a);
        if (organisation != null) return new Speaker(organisation, the, i + 1);
        String unnamedBody = UnnamedBodies.described(s, the, i);
        if (unnamedBody != null) return new Speaker(unnamedBody, the, i + 1);
        // "the source told TASS": someone the story never names, described as it does.
        return UnnamedGroups.isMember(lower) ? new Speaker(UnnamedBodies.source(s, the, i, a.block(), index), the, i + 1) : null;
    }

    /** How many people the story names, outside quotes, since the voice spoke: two of them may be "they" themselves. */
    private int peopleSince(Spoken.Voice voice, Attribution a) {
        Set<String> named = new HashSet<>();
        for (PersonIndex.Mention m : index.people()) {
            if (!m.before(voice.block(), voice.from()) && m.before(a.block(), a.from()) && !m.quoted()) named.add(m.entity().name());
        }
        return named.size();
    }

    /** "Neighbours gathered. \"...,\" they said": a group the story names since the voice spoke may be "they". */
    private boolean otherGroupSince(Spoken.Voice voice, Attribution a) {
        for (int b = voice.block(); b <= a.block(); b++) {
            int to = b == a.block() ? a.from() : text.segment(b).tokens().size();
            for (int i = b == voice.block() ? voice.to() : 0; i < to; i++) {
                Token t = text.segment(b).tokens().get(i);
                if (t.word() && !text.quoted(b, i) && UnnamedGroups.isGroup(t.lower())) return true;
            }
        }
        return false;
    }

    /** "58-year-old": agencies name a person once and then call them by their age. */
    private static boolean isAge(String lower) {
        return lower.endsWith("-year-old") && lower.length() > "-year-old".length() && Character.isDigit(lower.charAt(0));
    }

    private static boolean isSpeechNoun(Token t) {
        return t != null && t.word() && Words.isReporting(t);
    }

    /** The article at most three words before token {@code i} ("the Russian leader", "a senior official"), or -1. */
    private static int articleBefore(Segment s, int i, String article, String other) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token t = s.tokens().get(k);
            if (t.lower().equals(article) || t.lower().equals(other)) return k;
            if (!t.word()) return -1;
        }
        return -1;
    }
}
