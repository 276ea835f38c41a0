package dateline.copy.quotes;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.story.Quote;

/**
 * "Congress spokesman Anand Sharma put the blame on the PM himself. \"To those who claim ...\"":
 * a quote with no attribution, opening the sentence after one whose subject is the only person
 * it names, goes on in that person's voice.
 */
final class SentenceSubject {
    /** How far into its sentence the subject's name may start: a title or two may stand before it. */
    private static final int SUBJECT_START = 5;
    private static final java.util.Set<String> BE = java.util.Set.of("is", "are", "was", "were", "has", "had", "have");

    private SentenceSubject() {}

    static Quote before(QuoteSpan span, Quote quote, StoryText text, PersonIndex index) {
        int b = span.block();
        int open = text.tokenAt(b, span.start() - 1);
        if (open < 2 || !text.endsSentence(b, open - 1)) return quote;
        int start = open - 1;
        while (start > 0 && !text.endsSentence(b, start - 1)) {
            if (text.quoted(b, start - 1)) return quote;
            start--;
        }
        PersonIndex.Mention subject = PersonIndex.firstWithin(index.people(), b, start, open - 1, m -> !m.quoted());
        if (subject == null || subject.possessive()) return quote;
        Segment s = text.segment(b);
        // The name opens the sentence, or the main clause after an opening one ("Dismissing
        // claims ..., Congress spokesman Anand Sharma put"); only title words stand before it.
        int from = subject.from();
        while (from > start && s.tokens().get(from - 1).word()) from--;
        if (from > start && !s.tokens().get(from - 1).is(",")) return quote;
        if (subject.from() - from > SUBJECT_START) return quote;
        // Its verb follows: a lower-case word, not "'s" or a preposition's object.
        Token verb = s.token(subject.to());
        if (verb == null || !verb.word() || verb.capitalised()) return quote;
        // "Smith was arrested on Monday.": a passive subject is spoken of; the quote is someone else's.
        Token participle = s.token(subject.to() + 1);
        if (BE.contains(verb.lower()) && participle != null && participle.lower().endsWith("ed")) return quote;
        PersonIndex.Mention other = PersonIndex.firstWithin(index.people(), b, subject.to(), open - 1, m -> !m.entity().equals(subject.entity()));
        if (other != null) return quote;
        return new Quote(quote.text(), subject.entity().name(), null, quote.block(), quote.start());
    }
}
