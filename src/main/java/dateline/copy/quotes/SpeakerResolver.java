package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.names.OrganisationDescription;
import dateline.copy.text.Segment;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves the speaker an attribution names to a canonical name: a person or organisation
 * named in it, or a back-reference ("he", "the diplomat", "the statement") to one named before.
 * Pronouns go to the latest compatible person who spoke; role nouns to the latest person with a
 * fitting title. Unresolvable attributions give null: never a guess.
 */
public final class SpeakerResolver {
    private static final Set<String> DOCUMENTS = Set.copyOf(BundledList.section("speaker-words.txt", "documents"));
    private static final Set<String> GROUPS = Set.copyOf(BundledList.section("speaker-words.txt", "groups"));

    /** How many mentions back a pronoun or role noun may reach. */
    private static final int REACH = 400;
    /** An unnamed speaker opens the paragraph: "An agency spokesman said" is within its first words. */
    private static final int SUBJECT_LOOK = 12;

    private final StoryText text;
    private final PersonIndex index;
    private final List<PersonIndex.Mention> spoke = new ArrayList<>();

    SpeakerResolver(StoryText text, PersonIndex index) {
        this.text = text;
        this.index = index;
    }

    private static final Set<String> PLACING = Set.copyOf(BundledList.section("speaker-words.txt", "placing"));

    /** Who an attribution names, and where: tokens [from, to) of its block. */
    record Speaker(String name, int from, int to) {}

    /** The speaker of an attribution; its name is null when it cannot be resolved. */
    Speaker resolve(Attribution a) {
        // "Ishiba was asked, \"...\"": the subject of a passive of asking or telling is spoken to;
        // the speaker is someone else, whom the story may not name.
        if (new AttributionFinder(text).isPassive(a)) return new Speaker(null, a.from(), a.to());
        PersonIndex.Mention person = sharesSubject(a) ? firstNamed(a) : first(index.people(), a);
        if (person != null && pronounAfter(person, a)) {
            // "under cross-examination by Mpofu, he said": the pronoun next to the verb is its
            // subject; the name before it is part of an adverbial, not the speaker.
            Speaker byReference = byReference(a);
            if (byReference != null) return byReference;
        }
        if (person != null) return new Speaker(spoken(person, a), person.from(), person.to());
        // The name right before the verb is its subject, before any back-reference further
        // back: "In its submission to the court, Israel said" is Israel, not the court.
        PersonIndex.Mention subject = placeAsSubject(a);
        if (subject != null) return new Speaker(subject.entity().name(), subject.from(), subject.to());
        Speaker byReference = byReference(a);
        if (byReference != null) return byReference;
        PersonIndex.Mention org = first(index.organisations(), a);
        if (org != null && placedByPreposition(org)) org = null;
        if (org != null) return new Speaker(org.entity().name(), org.from(), org.to());
        String described = OrganisationDescription.match(text.segment(a.block()), a.from(), a.to(), index.organisationNames());
        if (described != null) return new Speaker(described, a.from(), a.to());
        Speaker group = group(a);
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
        return place == null || placedByPreposition(place) ? null : place;
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
        return PersonIndex.firstWithin(index.people(), a.block(), a.from(), a.to(), m -> !m.possessive());
    }

    /** A subject pronoun ("he", "she") between the named person and the verb of a plain attribution. */
    private boolean pronounAfter(PersonIndex.Mention person, Attribution a) {
        if (a.inverted()) return false;
        Segment s = text.segment(a.block());
        for (int i = person.to(); i < a.to(); i++) {
            Token t = s.tokens().get(i);
            if (t.word() && !text.quoted(a.block(), i) && (t.lower().equals("he") || t.lower().equals("she"))) return true;
        }
        return false;
    }

    /** "walked out in the Lok Sabha, accusing ...": a body named after a preposition is where, not who. */
    private boolean placedByPreposition(PersonIndex.Mention org) {
        Segment s = text.segment(org.block());
        Token before = s.token(org.from() - 1);
        if (before != null && before.is("the")) before = s.token(org.from() - 2);
        return before != null && PLACING.contains(before.lower());
    }

    private String spoken(PersonIndex.Mention person, Attribution a) {
        PersonIndex.Mention at = new PersonIndex.Mention(person.entity(), a.block(), a.from(), a.to(), false, false, true);
        spoke.add(PersonIndex.indexAt(spoke, a.block(), a.from()), at);
        return person.entity().name();
    }

    /**
     * The mention inside the attribution's window that names the speaker: not possessive
     * ("Qiongfen's husband"), the first after an inverted verb, else the last before the verb.
     */
    private static PersonIndex.Mention first(List<PersonIndex.Mention> mentions, Attribution a) {
        PersonIndex.Mention found = PersonIndex.firstWithin(mentions, a.block(), a.from(), a.to(), m -> !m.possessive());
        if (a.inverted() || found == null) return found;
        PersonIndex.Mention last = found;
        for (int i = PersonIndex.indexAt(mentions, found.block(), found.from()) + 1; i < mentions.size(); i++) {
            PersonIndex.Mention m = mentions.get(i);
            if (m.block() != a.block() || m.from() >= a.to()) break;
            if (m.to() <= a.to() && !m.possessive()) last = m;
        }
        return last;
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

    /** A pronoun, role noun or document noun in the window, nearest the verb first. */
    private Speaker byReference(Attribution a) {
        Segment s = text.segment(a.block());
        int step = a.inverted() ? 1 : -1;
        for (int i = a.inverted() ? a.from() : a.to() - 1; i >= a.from() && i < a.to(); i += step) {
            Token t = s.tokens().get(i);
            if (!t.word() || text.quoted(a.block(), i)) continue;
            String lower = t.lower();
            // "his remarks" are his; "his office" or "his spokesman" speak for him but are not him.
            boolean possessive = lower.equals("his") || lower.equals("her");
            if (possessive && !isSpeechNoun(s.token(i + 1))) continue;
            boolean he = lower.equals("he") || lower.equals("his");
            if (he || lower.equals("she") || lower.equals("her")) {
                String subject = unnamedSubject(a);
                return new Speaker(subject != null ? subject : pronoun(he ? NameLexicon.Sex.FEMALE : NameLexicon.Sex.MALE, a), i, i + 1);
            }
            if (lower.equals("it") && i == a.to() - 1) return new Speaker(itself(a), i, i + 1);
            Speaker described = t.capitalised() ? null : described(s, i, lower, a);
            if (described != null) return described;
        }
        return null;
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
            return new Speaker(body != null ? body : unnamed(s, indefinite, i), indefinite, i + 1);
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
        return isGroupMember(lower) ? new Speaker(unnamed(s, the, i), the, i + 1) : null;
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
        PersonIndex.Mention org = PersonIndex.latestBefore(index.organisations(), a.block(), a.from(), REACH,
                m -> !m.quoted() && !m.possessive() && !toldAt(m));
        return org != null && org.block() >= a.block() - 1 && sentencesBetween(org, a) <= 1 ? org.entity().name() : null;
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
        PersonIndex.Mention org = PersonIndex.latestBefore(index.organisations(), a.block(), a.from(), REACH,
                m -> (" " + m.entity().name().toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + noun + " "));
        if (org == null && HeadWords.isOrgType(noun)) {
            // "the company said": the organisation the story last named as acting, not one it told.
            org = PersonIndex.latestBefore(index.organisations(), a.block(), a.from(), REACH,
                    m -> !m.quoted() && !m.possessive() && !toldAt(m));
        }
        return org == null ? null : org.entity().name();
    }

    private boolean toldAt(PersonIndex.Mention m) {
        Token before = text.segment(m.block()).token(m.from() - 1);
        return before != null && (before.is("told") || before.is("to") || before.is("by"));
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

    /** "one London-based analyst" becomes "an unnamed London-based analyst": one source, described. */
    private static String unnamed(Segment s, int article, int noun) {
        return "an unnamed " + s.span(article + 1, noun + 1);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The latest person who spoke (or, failing that, was named) before, not of the excluded sex. */
    private String pronoun(NameLexicon.Sex excluded, Attribution a) {
        PersonIndex.Mention latest = latest(a, excluded, true);
        if (latest == null) latest = latest(a, excluded, false);
        return latest == null ? null : spoken(latest, a);
    }

    private PersonIndex.Mention latest(Attribution a, NameLexicon.Sex excluded, boolean speakersOnly) {
        java.util.function.Predicate<PersonIndex.Mention> wanted = m -> !m.quoted() && (!speakersOnly || m.salient())
                && (excluded == null || PersonIndex.sexOf(m.entity().name()) != excluded);
        PersonIndex.Mention named = PersonIndex.latestBefore(index.people(), a.block(), a.from(), REACH, wanted);
        PersonIndex.Mention quoted = PersonIndex.latestBefore(spoke, a.block(), a.from(), REACH, wanted);
        if (named == null) return quoted;
        return quoted != null && named.before(quoted.block(), quoted.from()) ? quoted : named;
    }

    /** "the ambassador": the latest person with a fitting title, else the latest who spoke. */
    private String role(String noun, Attribution a) {
        PersonIndex.Mention best = PersonIndex.latestBefore(index.people(), a.block(), a.from(), REACH,
                m -> !m.quoted() && TitleLexicon.fits(noun, index.titlesOf(m.entity().name())));
        if (best == null) best = latest(a, null, true);
        return best == null ? null : spoken(best, a);
    }

    /** "some analysts suggesting": sources the story does not name, described in its words. */
    private Speaker group(Attribution a) {
        Segment s = text.segment(a.block());
        for (int i = a.to() - 1; i >= a.from(); i--) {
            Token t = s.tokens().get(i);
            if (t.word() && GROUPS.contains(t.lower()) && !text.quoted(a.block(), i)) {
                Token det = s.token(i - 1);
                int from = det != null && det.word() && !det.capitalised() && i - 1 >= a.from() ? i - 1 : i;
                return new Speaker(s.span(from, i + 1) + " (unnamed)", from, i + 1);
            }
        }
        return null;
    }
}
