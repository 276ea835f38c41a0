package dateline.copy.quotes;

import dateline.copy.names.Entities;
import dateline.copy.text.BlockSegments;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Quote;
import dateline.story.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the direct quotes of a story's body and resolves who said each. Spans come from
 * {@link QuoteScanner}; {@link ScareQuotes} drops terms no one is said to utter; the attribution
 * ({@link AttributionFinder}) names the speaker, which {@link SpeakerResolver} turns into a
 * canonical name. A quote with no attribution of its own takes the speaker of the quote before
 * it in its paragraph, or of the paragraph before when it opens a paragraph that continues a
 * quoted speech; otherwise its speaker is null.
 */
public final class QuoteFinder {
    /** How many paragraphs back an exchange of question and answer may reach for the other party. */
    private static final int EXCHANGE = 4;

    private QuoteFinder() {}

    public static List<Quote> find(List<Block> blocks, Entities entities) {
        return find(blocks, entities, new BlockSegments(blocks));
    }

    /** @param segments the blocks' tokens, shared with the entity finder so each is tokenized once */
    public static List<Quote> find(List<Block> blocks, Entities entities, BlockSegments segments) {
        List<QuoteSpan> spans = QuoteScanner.scan(blocks);
        if (spans.isEmpty()) return List.of();
        StoryText text = new StoryText(blocks, spans, segments);
        AttributionFinder attributions = new AttributionFinder(text);
        PersonIndex index = new PersonIndex(text, entities);
        SpeakerResolver speakers = new SpeakerResolver(text, index);
        List<Quote> quotes = new ArrayList<>();
        List<QuoteSpan> kept = new ArrayList<>();
        Attribution previous = null;
        for (QuoteSpan span : spans) {
            Attribution attribution = attributions.find(span);
            if (attribution == null && joinedToLast(span, kept, text)) attribution = previous;
            if (!ScareQuotes.isQuote(span, text, attribution)) continue;
            previous = attribution;
            if (attribution == null) attribution = colonBefore(span, text, attributions);
            Quote quote = attribution != null ? attributed(span, attribution, speakers, text) : carried(span, kept, quotes, text, speakers);
            if (quote.speaker() == null && attribution == null) quote = reportedBefore(span, quote, text, attributions, speakers);
            if (quote.speaker() == null && attribution == null) quote = SentenceSubject.before(span, quote, text, index);
            quotes.add(quote);
            kept.add(span);
        }
        nextInParagraph(quotes, text, speakers);
        NamedNext.apply(quotes, text, index);
        BodyRemits.apply(quotes, text, index);
        return List.copyOf(quotes);
    }

    /**
     * "Such formats help to \"establish ...\" \"More and more people ...,\" Lavrov added.": a
     * partial quote with no attribution, in a paragraph that names no one before it, belongs to
     * the speaker of the attributed quote that follows it in the paragraph.
     */
    private static void nextInParagraph(List<Quote> quotes, StoryText text, SpeakerResolver speakers) {
        for (int i = quotes.size() - 2; i >= 0; i--) {
            Quote q = quotes.get(i);
            Quote next = quotes.get(i + 1);
            if (q.speaker() != null || q.speakerInText() != null || next.block() != q.block()) continue;
            if (next.speaker() == null || next.speakerInText() == null || speakers.namesBefore(q.block(), text.tokenAt(q.block(), q.start()))) continue;
            quotes.set(i, new Quote(q.text(), next.speaker(), null, q.block(), q.start()));
        }
    }

    private static Quote attributed(QuoteSpan span, Attribution attribution, SpeakerResolver speakers, StoryText text) {
        SpeakerResolver.Speaker speaker = speakers.resolve(attribution);
        String words = attribution.text(text.segment(attribution.block()), speaker.from(), speaker.to());
        return new Quote(span.text(), speaker.name(), words, span.block(), span.start());
    }

    /**
     * "He said context and timing were important. On July 9, \"South Africa was a disaster\"":
     * a quote with no attribution of its own, in the sentence after one that reports someone's
     * speech in the same paragraph, goes on with that speech.
     */
    private static Quote reportedBefore(QuoteSpan span, Quote quote, StoryText text, AttributionFinder attributions, SpeakerResolver speakers) {
        int b = span.block();
        int open = text.tokenAt(b, span.start() - 1);
        int end = open - 1;
        while (end >= 0 && !text.endsSentence(b, end)) {
            if (text.quoted(b, end)) return quote;
            end--;
        }
        if (end <= 0) return quote;
        Attribution before = attributions.before(b, end);
        if (before == null || before.inverted()) return quote;
        String speaker = speakers.resolve(before).name();
        return speaker == null ? quote : new Quote(span.text(), speaker, null, span.block(), span.start());
    }

    /** "Senior manager Richard Barratt said:" ending the paragraph before a quote that opens the next. */
    private static Attribution colonBefore(QuoteSpan span, StoryText text, AttributionFinder attributions) {
        int previous = span.block() - 1;
        if (!opensParagraph(span, text) || previous < 0 || !text.isParagraph(previous)) return null;
        List<Token> tokens = text.segment(previous).tokens();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).is(":")) return null;
        return attributions.before(previous, tokens.size() - 1);
    }

    /** The speaker of the quote before in this paragraph, or in the paragraph before when this one opens with it. */
    private static Quote carried(QuoteSpan span, List<QuoteSpan> kept, List<Quote> quotes, StoryText text, SpeakerResolver speakers) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            QuoteSpan before = kept.get(i);
            Quote quote = quotes.get(i);
            boolean sameParagraph = before.endBlock() == span.block();
            boolean runsOn = before.endBlock() == span.block() - 1 && opensParagraph(span, text);
            if (runsOn && asks(before)) {
                // "\"... Do you dispute that?\" Alito interjected." then a quote with no attribution
                // opening the next paragraph: the answer, by the one the asker was talking to.
                return new Quote(span.text(), interlocutor(quotes, i, text, span.block()), null, span.block(), span.start());
            }
            if ((sameParagraph || runsOn) && quote.speaker() != null) {
                return new Quote(span.text(), quote.speaker(), sameParagraph ? quote.speakerInText() : null, span.block(), span.start());
            }
            if (before.endBlock() < span.block() - 1) break;
        }
        // A quote opening the paragraph after one where someone spoke in reported speech.
        String previous = opensParagraph(span, text) ? speakers.spokeIn(span.block() - 1) : null;
        // Or one of a list of quotes under a lead that names whose they are ("Below are his key statements:").
        if (previous == null && opensParagraph(span, text)) previous = speakers.listedBy(span.block());
        return new Quote(span.text(), previous, null, span.block(), span.start());
    }

    /**
     * "with the words \"we see you\" or \"I see you\"": a span joined to the quote kept just
     * before it by "and" or "or" alone shares its attribution.
     */
    private static boolean joinedToLast(QuoteSpan span, List<QuoteSpan> kept, StoryText text) {
        if (kept.isEmpty()) return false;
        QuoteSpan last = kept.get(kept.size() - 1);
        if (last.endBlock() != span.block() || span.endBlock() != span.block()) return false;
        int from = text.tokenAt(span.block(), last.end() + 1);
        int open = text.tokenAt(span.block(), span.start() - 1);
        if (open - from != 1) return false;
        Token t = text.segment(span.block()).tokens().get(from);
        return t.is("or") || t.is("and");
    }

    /** A quote that ends on a question mark. */
    private static boolean asks(QuoteSpan span) {
        String t = span.text().strip();
        return !t.isEmpty() && t.charAt(t.length() - 1) == '?';
    }

    /**
     * The speaker the asker of quote {@code asked} was answering or questioning: the latest
     * quote before it, a few paragraphs back at most, by someone else; null when there is none.
     */
    private static String interlocutor(List<Quote> quotes, int asked, StoryText text, int block) {
        String asker = quotes.get(asked).speaker();
        if (asker == null) return null;
        for (int i = asked - 1; i >= 0; i--) {
            Quote q = quotes.get(i);
            if (q.block() < block - EXCHANGE) return null;
            if (q.speaker() != null && !q.speaker().equals(asker)) return q.speaker();
        }
        return null;
    }

    private static boolean opensParagraph(QuoteSpan span, StoryText text) {
        Segment s = text.segment(span.block());
        return text.tokenAt(span.block(), span.start() - 1) == 0 && !s.tokens().isEmpty();
    }
}
