package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;
import dateline.copy.quotes.SpeakerResolver.Speaker;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.text.Segment;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
/**
 * The speakers an attribution refers to without naming them: a pronoun ("he said") or a role
 * noun ("the ambassador") back to the person named or quoted before, a document or body ("the
 * report", "the ministry") to its author, and sources the story does not name ("a senior
 * official", "some analysts"). Keeps the people who spoke, which pronouns reach first.
 */
final class SpeakerReferences {
    private static final Set<String> DOCUMENTS = Set.copyOf(BundledList.section("speaker-words.txt", "documents"));
    private static final Set<String> GROUPS = Set.copyOf(BundledList.section("speaker-words.txt", "groups"));
    private static final Set<String> PREPOSITIONS = Set.copyOf(BundledList.section("speaker-words.txt", "prepositions"));
    private static final Set<String> PLACING = Set.copyOf(BundledList.section("speaker-words.txt", "placing"));
    /** An unnamed speaker opens the paragraph: "An agency spokesman said" is within its first words. */
    private static final int SUBJECT_LOOK = 12;

    private final StoryText text;
    private final PersonIndex index;
    private final List<PersonIndex.Mention> spoke = new ArrayList<>();
    /** The bodies that spoke, in reading order: "the company" may point back to one. */
    private final List<PersonIndex.Mention> bodies = new ArrayList<>();

    private final StorySexes sexes;

    SpeakerReferences(StoryText text, PersonIndex index) {
        this.text = text;
        this.index = index;
        this.sexes = new StorySexes(text, index);
    }

    /** Records that the person spoke at the attribution, and gives their name. */
    String spoken(PersonIndex.Mention person, Attribution a) {
        // Where the attribution names them ("MEC for X Affairs, Jacob Mamabolo, said"), they spoke
        // at their name, after any body named before it in the window; a pronoun or role noun at the window.
        boolean named = person.block() == a.block() && person.from() >= a.from() && person.to() <= a.to();
        PersonIndex.Mention at = named
                ? new PersonIndex.Mention(person.entity(), a.block(), person.from(), person.to(), false, false, true)
                : new PersonIndex.Mention(person.entity(), a.block(), a.from(), a.to(), false, false, true);
        spoke.add(PersonIndex.indexAt(spoke, a.block(), a.from()), at);
        return person.entity().name();
    }

    /** Records that a body (an organisation, or a country for its government) spoke at the attribution. */
    void bodySpoke(PersonIndex.Mention body, Attribution a) {
        PersonIndex.Mention at = new PersonIndex.Mention(body.entity(), a.block(), a.from(), a.to(), false, false, true);
        bodies.add(PersonIndex.indexAt(bodies, a.block(), a.from()), at);
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
                return new Speaker(subject != null ? subject : pronoun(he ? NameLexicon.Sex.FEMALE : NameLexicon.Sex.MALE, a), i, i + 1);
            }
            if (lower.equals("it") && i == a.to() - 1) {
                String subject = subjectBefore(a, i);
                return new Speaker(subject != null ? subject : itself(a), i, i + 1);
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
        if (indefinite >= 0 && (TitleLexicon.isTitle(lower) || isGroupMember(lower))) {
            // "a Commission spokesman said": the body the unnamed speaker speaks for;
            // "a senior official said": someone the story does not name, never a back-reference.
            String body = employer(s, indefinite, i, a);
            return new Speaker(body != null ? body : UnnamedBodies.source(s, indefinite, i, a.block(), index), indefinite, i + 1);
        }
        int the = articleBefore(s, i, "the", "The");
        if (the < 0) return null;
        if (DOCUMENTS.contains(lower)) return new Speaker(Documents.author(text, index, a.block(), a.from(), lower), the, i + 1);
        if (isAge(lower)) return new Speaker(aged(a), the, i + 1);
        if (TitleLexicon.isTitle(lower)) return new Speaker(role(lower, a), the, i + 1);
        String organisation = organisationCalled(lower, a);
        if (organisation != null) return new Speaker(organisation, the, i + 1);
        String unnamedBody = UnnamedBodies.described(s, the, i);
        if (unnamedBody != null) return new Speaker(unnamedBody, the, i + 1);
        // "the source told TASS": someone the story never names, described as it does.
        return isGroupMember(lower) ? new Speaker(UnnamedBodies.source(s, the, i, a.block(), index), the, i + 1) : null;
    }

    /** "witness", "victim", "source": one of a group the story does not name ("witnesses", "victims"). */
    private static boolean isGroupMember(String lower) {
        return GROUPS.contains(lower + "s") || GROUPS.contains(lower + "es");
    }

    /** "58-year-old": agencies name a person once and then call them by their age. */
    private static boolean isAge(String lower) {
        return lower.endsWith("-year-old") && lower.length() > "-year-old".length() && Character.isDigit(lower.charAt(0));
    }

    /** "the 58-year-old told AFP": the person named last, whether or not they spoke before. */
    private String aged(Attribution a) {
        PersonIndex.Mention latest = latest(a, null, false);
        return latest == null ? null : spoken(latest, a);
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

    /** "it said": the organisation named last in this paragraph or the one before, else null. */
    private String itself(Attribution a) {
        PersonIndex.Mention org = PersonIndex.latestBefore(index.organisations(), a.block(), a.from(), SpeakerResolver.REACH,
                m -> !m.quoted() && !m.possessive() && !toldAt(m));
        // "Israel ... rejected the questions as \"...\". It argued": a body that spoke just before.
        PersonIndex.Mention body = PersonIndex.latestBefore(bodies, a.block(), a.from(), SpeakerResolver.REACH, m -> true);
        if (body != null && (org == null || org.before(body.block(), body.from()))) org = body;
        return org != null && org.block() >= a.block() - 1 && sentencesBetween(org, a) <= 1 ? org.entity().name() : null;
    }

    /**
     * "Like other services, Strava is now throwing its weight behind what it calls a \"family
     * plan\"": "it" in a clause of the sentence goes back to the organisation that is the
     * sentence's subject (opening it or a clause after a comma, a verb after it), not to one
     * it acts on ("Apple sued Samsung, which it says copied").
     */
    private String subjectBefore(Attribution a, int pronoun) {
        Segment s = text.segment(a.block());
        PersonIndex.Mention found = null;
        for (int k = PersonIndex.indexAt(index.organisations(), a.block(), a.from()); k < index.organisations().size(); k++) {
            PersonIndex.Mention m = index.organisations().get(k);
            if (m.block() != a.block() || m.to() > pronoun) break;
            Token before = s.token(m.from() - 1);
            Token after = s.token(m.to());
            boolean opens = m.from() == a.from() || before != null && before.is(",");
            boolean acts = after != null && after.word() && !after.capitalised();
            if (opens && acts && !m.possessive() && !m.quoted() && !toldAt(m)) found = m;
        }
        return found == null ? null : found.entity().name();
    }

    /**
     * Sentence ends between a mention and an attribution: "it" reaches back to the sentence
     * before, not further ("Westmount High School is ... . It drew ... . Her yearbook quote ...
     * . It suggests" is the quote, not the school).
     */
    private int sentencesBetween(PersonIndex.Mention m, Attribution a) {
        int ends = 0;
        for (int b = m.block(); b <= a.block(); b++) {
            int from = b == m.block() ? m.to() : 0;
            int to = b == a.block() ? a.from() : text.segment(b).tokens().size();
            for (int i = from; i < to; i++) if (text.endsSentence(b, i)) ends++;
        }
        return ends;
    }

    /** "the ministry said": the latest organisation before whose name has that word. */
    private String organisationCalled(String noun, Attribution a) {
        if (noun.length() < 4) return null;
        PersonIndex.Mention org = PersonIndex.latestBefore(index.organisations(), a.block(), a.from(), SpeakerResolver.REACH,
                m -> (" " + m.entity().name().toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + noun + " "));
        if (org == null && HeadWords.isOrgType(noun)) {
            // "the company said": the organisation the story last named as acting, not one it told,
            // or the body that spoke last ("Strava said ...") if that came later.
            org = PersonIndex.latestBefore(index.organisations(), a.block(), a.from(), SpeakerResolver.REACH,
                    m -> !m.quoted() && !m.possessive() && !toldAt(m));
            PersonIndex.Mention body = PersonIndex.latestBefore(bodies, a.block(), a.from(), SpeakerResolver.REACH, m -> true);
            if (body != null && (org == null || org.before(body.block(), body.from()))) org = body;
        }
        return org == null ? null : org.entity().name();
    }

    /**
     * An organisation the story told something to ("told Reuters"), or named as an example
     * ("apps like WhatsApp", "such as Spotify"), or only qualifying a title ("a YouTube executive"):
     * not what "it" or "the company" points back to.
     */
    private boolean toldAt(PersonIndex.Mention m) {
        Token after = text.segment(m.block()).token(m.to());
        // "former YouTube executive Michael Martin": the name only qualifies a person's title.
        if (after != null && after.word() && !after.capitalised() && TitleLexicon.isTitle(after.lower())) return true;
        Token before = text.segment(m.block()).token(m.from() - 1);
        if (before == null) return false;
        if (before.is("told") || before.is("to") || before.is("by") || before.is("like") || before.is("including")) return true;
        Token such = text.segment(m.block()).token(m.from() - 2);
        return before.is("as") && such != null && such.is("such");
    }

    /**
     * The organisation a spokesperson speaks for: named in "a Commission spokesman" or "a council
     * spokeswoman", else, for a bare "a spokesperson", the one named in this or the last paragraph.
     */
    private String employer(Segment s, int article, int noun, Attribution a) {
        PersonIndex.Mention named = PersonIndex.firstWithin(index.organisations(), a.block(), article, noun, m -> true);
        if (named != null) return named.entity().name();
        String after = UnnamedBodies.after(s, noun, a, index);
        if (after != null) return after;
        for (int k = article + 1; k < noun; k++) {
            Token t = s.tokens().get(k);
            if (!t.capitalised() && !HeadWords.isOrgHead(capitalised(t.text()))) continue;
            String called = organisationCalled(t.lower(), a);
            if (called != null) return called;
        }
        if (noun != article + 1 || !TitleLexicon.classesOf(s.tokens().get(noun).text()).contains("spokesperson")) return null;
        return itself(a);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The latest person who spoke (or, failing that, was named) before, not of the excluded sex. */
    private String pronoun(NameLexicon.Sex excluded, Attribution a) {
        PersonIndex.Mention only = onlyInParagraph(a, excluded);
        if (only != null) return spoken(only, a);
        PersonIndex.Mention latest = latest(a, excluded, true);
        if (latest == null) latest = latest(a, excluded, false);
        // A subheading opens a new section, and copy names its subject again after one: a pronoun
        // that would reach back across one is about someone the section describes, unless it is
        // the person the whole story is about (the one it names most).
        if (latest != null && text.subheadingBetween(latest.block(), a.block()) && !mostNamed(latest)) return null;
        return latest == null ? null : spoken(latest, a);
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
        java.util.function.Predicate<PersonIndex.Mention> wanted = m -> !m.quoted() && (!speakersOnly || m.salient())
                && (excluded == null || sexes.of(m.entity().name()) != excluded);
        PersonIndex.Mention named = PersonIndex.latestBefore(index.people(), a.block(), a.from(), SpeakerResolver.REACH, wanted);
        PersonIndex.Mention quoted = PersonIndex.latestBefore(spoke, a.block(), a.from(), SpeakerResolver.REACH, wanted);
        if (named == null) return quoted;
        return quoted != null && named.before(quoted.block(), quoted.from()) ? quoted : named;
    }

    /** "the ambassador": the latest person with a fitting title, else the latest who spoke. */
    private String role(String noun, Attribution a) {
        PersonIndex.Mention best = PersonIndex.latestBefore(index.people(), a.block(), a.from(), SpeakerResolver.REACH,
                m -> !m.quoted() && TitleLexicon.fits(noun, index.titlesOf(m.entity().name())));
        if (best == null) best = latest(a, null, true);
        return best == null ? null : spoken(best, a);
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

    /** "some analysts suggesting": sources the story does not name, described in its words. */
    Speaker group(Attribution a) {
        Segment s = text.segment(a.block());
        for (int i = a.to() - 1; i >= a.from(); i--) {
            Token t = s.tokens().get(i);
            if (t.word() && GROUPS.contains(t.lower()) && !text.quoted(a.block(), i)) {
                Token det = s.token(i - 1);
                int from = det != null && det.word() && !det.capitalised() && i - 1 >= a.from() ? i - 1 : i;
                String body = from == i || det.lower().equals("the") ? membersOf(t.lower(), a) : null;
                if (body != null) return new Speaker(body, from, i + 1);
                return new Speaker(s.span(from, i + 1) + " (unnamed)", from, i + 1);
            }
        }
        return null;
    }
}
