package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Set;

/**
 * Tells quotes from scare quotes. A span with a sentence in it (five words or more, or
 * punctuation at its end) is a quote unless it reads like a title; a shorter fragment is a quote
 * only when someone is said to utter it: a reporting word before it in its sentence ("calling
 * it "misleading"") or an attribution after it, and it is no name, title or nickname. Never one
 * after "so-called", "dubbed" and the like.
 */
public final class ScareQuotes {
    private static final Set<String> MARKERS = Set.copyOf(BundledList.section("grammar-words.txt", "scare quote markers"));

    /** Nouns of works and documents a quoted title may name ("the 'X' brochure", "a 'Y' campaign"). */
    private static final Set<String> WORKS = Set.copyOf(BundledList.section("grammar-words.txt", "scare quote markers"));
    private static final Set<String> DOCUMENTS = Set.copyOf(BundledList.section("speaker-words.txt", "documents"));

    private static final Set<String> TERM_NOUNS = Set.copyOf(BundledList.section("grammar-words.txt", "term nouns before of"));
    private static final Set<String> SUBJECTS = Set.copyOf(BundledList.section("grammar-words.txt", "subject pronouns"));

    private ScareQuotes() {}

    static boolean isQuote(QuoteSpan span, StoryText text, Attribution attribution) {
        String quoted = span.text().strip();
        if (quoted.isEmpty() || markedAsTerm(span, text) || namesAWork(span, text)) return false;
        if (attribution == null && typed(quoted)) return false;
        if (isSentence(span, quoted)) return !isTitle(quoted) && !isTitleBeforeStop(span, quoted);
        return attribution != null && !isTitle(quoted) && !isNickname(span, text);
    }

    private static boolean isSentence(QuoteSpan span, String quoted) {
        char last = quoted.charAt(quoted.length() - 1);
        return span.hasWords(5) || ".,!?;:…".indexOf(last) >= 0;
    }

    /** "The Best and Worst of 2014": every word capitalised and no sentence punctuation. */
    private static boolean isTitle(String quoted) {
        // "shouting \"Free Palestine!\"": an exclamation or question is said, not a title.
        if (quoted.indexOf('.') >= 0 || quoted.indexOf(',') >= 0 || quoted.indexOf('\n') >= 0
                || quoted.endsWith("!") || quoted.endsWith("?")) return false;
        boolean capital = false;
        for (String word : quoted.split("\\s+")) {
            if (word.isEmpty()) continue;
            boolean upper = Character.isUpperCase(word.codePointAt(0));
            if (word.length() > 3 && !upper) return false;
            capital |= upper && !word.equals("I");  // "I see you" is words, not a title
        }
        return capital;
    }

    /**
     * "which it brands \"Star Tribune Communities.\"", "as to her \"Fav Ex,\"": a short name in
     * capitals whose only sentence mark is the comma or full stop that American style sets inside
     * the marks. Two capitalised words at least: "Absolutely not." is words said.
     */
    private static boolean isTitleBeforeStop(QuoteSpan span, String quoted) {
        char last = quoted.charAt(quoted.length() - 1);
        if (span.hasWords(5) || last != '.' && last != ',') return false;
        String name = quoted.substring(0, quoted.length() - 1).strip();
        if (name.isEmpty() || !isTitle(name)) return false;
        int capitals = 0;
        for (String word : name.split("\\s+")) if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) capitals++;
        return capitals >= 2;
    }

    /**
     * "top questions were 'how many calories should i eat'", "'i am hungry' was searched": edited
     * copy always prints the pronoun "I" in words it quotes; a lower-case "i" marks text typed
     * into a box (a search, a handle), which with no one said to utter it is no quote.
     */
    static boolean typed(String quoted) {
        for (int i = quoted.indexOf('i'); i >= 0; i = quoted.indexOf('i', i + 1)) {
            boolean start = i == 0 || !Character.isLetterOrDigit(quoted.charAt(i - 1)) && quoted.charAt(i - 1) != '\'' && quoted.charAt(i - 1) != '’';
            boolean end = i + 1 == quoted.length() || !Character.isLetterOrDigit(quoted.charAt(i + 1));
            if (start && end) return true;
        }
        return false;
    }

    /** Joaquin "El Chapo" Guzman: a fragment between two parts of a name. */
    private static boolean isNickname(QuoteSpan span, StoryText text) {
        Around a = Around.of(span, text);
        return a != null && a.before() != null && a.before().capitalised() && a.next() != null && a.next().capitalised();
    }

    /** The words either side of a span inside one block: before its opening mark, after its closing one. */
    private record Around(Segment segment, int open, Token before, Token next) {
        static Around of(QuoteSpan span, StoryText text) {
            if (span.endBlock() != span.block()) return null;
            Segment s = text.segment(span.block());
            int open = text.tokenAt(span.block(), span.start() - 1);
            int after = text.tokenAt(span.block(), span.end() + 1);
            return new Around(s, open, s.token(open - 1), s.token(after));
        }
    }

    /**
     * A title, not words spoken: a span between an article and the noun of the kind of thing it
     * names ("the 'In case of crisis or war' brochure"), or one a name owns and that opens
     * capitalised ("on NPR's \"Wait, Wait ... Don't Tell Me!\"").
     */
    private static boolean namesAWork(QuoteSpan span, StoryText text) {
        Around a = Around.of(span, text);
        if (a == null || a.before() == null) return false;
        Token before = a.before();
        Token next = a.next();
        if (before.isPossessive()) {
            // A capital after a name's possessive opens a title; "Trump's \"biggest mistake\"" stays words.
            Token owner = a.segment().token(a.open() - 2);
            return owner != null && owner.word() && owner.capitalised() && Character.isUpperCase(span.text().strip().codePointAt(0));
        }
        boolean article = isDeterminer(before)
                // "a new \"quick edit\" feature": one lower-case adjective after the article.
                || before.word() && !before.capitalised() && isDeterminer(a.segment().token(a.open() - 2));
        return article && next != null && next.word() && (WORKS.contains(next.lower()) || DOCUMENTS.contains(next.lower()));
    }

    /** The word before the opening mark presents the span as a name or term. */
    private static boolean markedAsTerm(QuoteSpan span, StoryText text) {
        Segment s = text.segment(span.block());
        int open = text.tokenAt(span.block(), span.start() - 1);
        int i = open - 1;
        // "known as the \"house of horrors\"", "dubbed the \"X\"": an article between the label and
        // the mark. Not after "called" or "described as": "Trump called the \"X\"" quotes him.
        if (i > 0 && isArticle(s.tokens().get(i))) {
            Token label = s.tokens().get(i - 1);
            boolean known = label.is("as") && s.token(i - 2) != null && s.token(i - 2).is("known");
            return known || MARKERS.contains(label.lower()) && !label.is("called");
        }
        // "... on the election campaign. \"When racing ...\"": a marker in the sentence before labels nothing.
        if (i >= 0 && !s.tokens().get(i).word()) {
            if (endsSentence(s.tokens().get(i))) return false;
            i--;
        }
        if (i < 0 || !s.tokens().get(i).word()) return false;
        Token t = s.tokens().get(i);
        // "the definition of \"family\"": a word under discussion.
        if (t.is("of") && s.token(i - 1) != null && TERM_NOUNS.contains(s.token(i - 1).lower())) return true;
        return (MARKERS.contains(t.lower()) && !uttered(s, i)) || (t.lower().equals("as") && knownAs(s, i));
    }

    private static boolean isDeterminer(Token t) {
        return t != null && (t.is("the") || t.is("The") || t.is("a") || t.is("an") || t.is("its") || t.is("their"));
    }

    private static boolean endsSentence(Token t) {
        return t.is(".") || t.is("!") || t.is("?");
    }

    private static boolean isArticle(Token t) {
        return t.is("the") || t.is("a") || t.is("an");
    }

    /**
     * "which it called "fair"", "they called it "a disgrace"": with a pronoun as its subject,
     * "called" reports what someone said; "a plan called "X"" names a thing.
     */
    private static boolean uttered(Segment s, int marker) {
        Token before = s.token(marker - 1);
        return s.token(marker).is("called") && before != null && SUBJECTS.contains(before.lower());
    }

    private static boolean knownAs(Segment s, int as) {
        Token before = s.token(as - 1);
        return before != null && (before.is("known") || before.is("referred") || before.is("described"));
    }
}
