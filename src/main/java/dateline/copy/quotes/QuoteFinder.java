package dateline.copy.quotes;

import dateline.copy.names.Entities;
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
    private QuoteFinder() {}

    public static List<Quote> find(List<Block> blocks, Entities entities) {
        List<QuoteSpan> spans = QuoteScanner.scan(blocks);
        if (spans.isEmpty()) return List.of();
        StoryText text = new StoryText(blocks, spans);
        AttributionFinder attributions = new AttributionFinder(text);
        SpeakerResolver speakers = new SpeakerResolver(text, new PersonIndex(text, entities));
        List<Quote> quotes = new ArrayList<>();
        List<QuoteSpan> kept = new ArrayList<>();
        for (QuoteSpan span : spans) {
            Attribution attribution = attributions.find(span);
            if (!ScareQuotes.isQuote(span, text, attribution)) continue;
            if (attribution == null) attribution = colonBefore(span, text, attributions);
            quotes.add(attribution != null ? attributed(span, attribution, speakers, text) : carried(span, kept, quotes, text, speakers));
            kept.add(span);
        }
        return List.copyOf(quotes);
    }

    private static Quote attributed(QuoteSpan span, Attribution attribution, SpeakerResolver speakers, StoryText text) {
        SpeakerResolver.Speaker speaker = speakers.resolve(attribution);
        String words = attribution.text(text.segment(attribution.block()), speaker.from(), speaker.to());
        return new Quote(span.text(), speaker.name(), words, span.block(), span.start());
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
            if ((sameParagraph || runsOn) && quote.speaker() != null) {
                return new Quote(span.text(), quote.speaker(), sameParagraph ? quote.speakerInText() : null, span.block(), span.start());
            }
            if (before.endBlock() < span.block() - 1) break;
        }
        // A quote opening the paragraph after one where someone spoke in reported speech.
        String previous = opensParagraph(span, text) ? speakers.spokeIn(span.block() - 1) : null;
        return new Quote(span.text(), previous, null, span.block(), span.start());
    }

    private static boolean opensParagraph(QuoteSpan span, StoryText text) {
        Segment s = text.segment(span.block());
        return text.tokenAt(span.block(), span.start() - 1) == 0 && !s.tokens().isEmpty();
    }
}
