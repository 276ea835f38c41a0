package dateline.copy.quotes;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Locale;

/**
 * The back-references that point to a body: "it said" to the organisation that is the subject
 * of the sentence or was named just before, "the ministry" and "the company" to the latest
 * organisation so called, and "a Commission spokesman" to the body they speak for.
 */
final class BodyReferences {
    private final StoryText text;
    private final PersonIndex index;
    private final Spoken spoken;

    BodyReferences(StoryText text, PersonIndex index, Spoken spoken) {
        this.text = text;
        this.index = index;
        this.spoken = spoken;
    }

    /** "it said": the organisation named last in this paragraph or the one before, else null. */
    String itself(Attribution a) {
        // "Israel ... rejected the questions as \"...\". It argued": a body that spoke just before.
        PersonIndex.Mention org = latestActing(a);
        // "\"...,\" the letter stated. It described": a document that spoke since the body was named.
        Spoken.Voice document = spoken.documentBefore(a);
        if (document != null && (org == null || org.before(document.block(), document.from()))) {
            return document.block() >= a.block() - 1 && sentencesBetween(document.block(), document.from(), a) <= 1 ? document.name() : null;
        }
        return org != null && org.block() >= a.block() - 1 && sentencesBetween(org.block(), org.to(), a) <= 1 ? org.entity().name() : null;
    }

    /**
     * "Like other services, Strava is now throwing its weight behind what it calls a \"family
     * plan\"": "it" in a clause of the sentence goes back to the organisation that is the
     * sentence's subject (opening it or a clause after a comma, a verb after it), not to one
     * it acts on ("Apple sued Samsung, which it says copied").
     */
    String subjectBefore(Attribution a, int pronoun) {
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
     * Sentence ends between a mention (or a speaker) and an attribution: "it" reaches back to the sentence
     * before, not further ("Westmount High School is ... . It drew ... . Her yearbook quote ...
     * . It suggests" is the quote, not the school).
     */
    private int sentencesBetween(int block, int token, Attribution a) {
        int ends = 0;
        for (int b = block; b <= a.block(); b++) {
            int from = b == block ? token : 0;
            int to = b == a.block() ? a.from() : text.segment(b).tokens().size();
            for (int i = from; i < to; i++) if (text.endsSentence(b, i)) ends++;
        }
        return ends;
    }

    /** "the ministry said": the latest organisation before whose name has that word. */
    String organisationCalled(String noun, Attribution a) {
        if (noun.length() < 4) return null;
        PersonIndex.Mention org = PersonIndex.latestBefore(index.organisations(), a.block(), a.from(), SpeakerResolver.REACH,
                m -> (" " + m.entity().name().toLowerCase(Locale.ROOT) + " ").contains(" " + noun + " "));
        if (org == null && HeadWords.isOrgType(noun)) {
            // "the company said": the organisation the story last named as acting, not one it told,
            // or the body that spoke last ("Strava said ...") if that came later.
            org = latestActing(a);
        }
        return org == null ? null : org.entity().name();
    }

    /**
     * The organisation the story last named as acting (not one it told, nor one in quotes or a
     * possessive), or the body that spoke last if that came later.
     */
    private PersonIndex.Mention latestActing(Attribution a) {
        PersonIndex.Mention org = PersonIndex.latestBefore(index.organisations(), a.block(), a.from(), SpeakerResolver.REACH,
                m -> !m.quoted() && !m.possessive() && !toldAt(m));
        PersonIndex.Mention body = PersonIndex.latestBefore(spoken.bodies(), a.block(), a.from(), SpeakerResolver.REACH, m -> true);
        return body != null && (org == null || org.before(body.block(), body.from())) ? body : org;
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
    String employer(Segment s, int article, int noun, Attribution a) {
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

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
