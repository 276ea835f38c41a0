package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.List;
import java.util.Set;

/**
 * Finds the words that attribute a quoted span: after it ("," he said; said X, ...; X, a
 * spokesperson, said) or before it in its sentence (X said: "..."; X described ... "term").
 * Reads only the quote's own sentences; quoted words never attribute.
 */
public final class AttributionFinder {
    private static final int REACH = 30;
    /** How far back a quote's sentence may start: longer "sentences" are not prose, and the bound keeps it linear. */
    private static final int SENTENCE = 80;
    /** The dateline, when a paragraph has one, lies within its first tokens. */
    private static final int DATELINE_TOKENS = 16;
    /** Words that open a new clause after a quote: what follows them attributes nothing to it. */
    private static final Set<String> CLAUSE_OPENERS = Set.copyOf(BundledList.section("grammar-words.txt", "clause openers"));
    private static final Set<String> SUBJECT_WORDS = Set.copyOf(BundledList.section("grammar-words.txt", "subject pronouns"));
    private static final Set<String> INDEFINITES = Set.copyOf(BundledList.section("speaker-words.txt", "indefinite subjects"));
    /** How far before its verb an "and" clause's subject may start ("and one person who attended had reportedly come out saying"). */
    private static final int AND_CLAUSE = 10;
    private static final Set<String> SUBORDINATORS = Set.copyOf(BundledList.section("speaker-words.txt", "subordinators"));
    private final StoryText text;

    AttributionFinder(StoryText text) { this.text = text; }

    /** The attribution after the span's close, or before its opening, or null. */
    Attribution find(QuoteSpan span) {
        Attribution before = before(span.block(), text.tokenAt(span.block(), span.start() - 1));
        // "Ishiba was asked, \"...?\" The prime minister admitted ...": a question put to someone
        // is attributed by its asking, whatever the next sentence says.
        if (before != null && isPassive(before)) return before;
        Attribution after = after(span);
        // "the company said, \"...\" to be announced": a verb that introduces the quote with a
        // comma or colon right before its opening attributes it, unless the quote ends open
        // on its own attribution ("\"...,\" he said").
        if (before != null && after != null && introduces(before, span) && !endsOpen(span.text())) return before;
        // "Stenger added that he found it \"disgusting,\" according to the report": the report is
        // where the story read the words; the subject of the sentence's own verb said them.
        // Not a passive verb, whose subject is spoken of ("he was described as \"dangerous,\" according to police").
        if (before != null && after != null && isAccording(after) && !before.inverted() && before.block() == span.block()
                && !Subjects.afterBe(text.segment(before.block()), before.verb())) return before;
        return after != null ? after : before;
    }

    private boolean isAccording(Attribution a) {
        Token verb = text.segment(a.block()).token(a.verb());
        return a.inverted() && verb != null && verb.lower().equals("according");
    }

    /** "X said, \"...\"" or "X said: \"...\"": the verb, a comma or colon, then the opening mark. */
    private boolean introduces(Attribution before, QuoteSpan span) {
        int open = text.tokenAt(span.block(), span.start() - 1);
        Token mark = text.segment(before.block()).token(open - 1);
        return !before.inverted() && before.block() == span.block() && before.verb() == open - 2
                && mark != null && (mark.is(",") || mark.is(":"));
    }

    /** "was asked", "were told": the verb's subject is spoken to, not speaking. */
    boolean isPassive(Attribution a) {
        Segment s = text.segment(a.block());
        Token verb = s.token(a.verb());
        Token be = s.token(a.verb() - 1);
        if (verb == null || be == null || !(verb.is("asked") || verb.is("told"))) return false;
        String b = be.lower();
        return b.equals("was") || b.equals("were") || b.equals("been") || b.equals("being") || b.equals("is") || b.equals("are");
    }

    private Attribution after(QuoteSpan span) {
        int b = span.endBlock();
        Segment s = text.segment(b);
        int k = text.tokenAt(b, span.end() + 1);
        boolean comma = k < s.tokens().size() && s.tokens().get(k).is(",");
        if (comma) k++;
        // "\"...,\" – said Peskov": translated copy sets the attribution off with a dash; only
        // a verb right after it (or after its subject) attributes, not one further in an aside.
        boolean dash = k < s.tokens().size() && isDash(s.tokens().get(k));
        if (dash) k++;
        boolean open = !dash && (comma || endsOpen(span.text()));
        if (k < s.tokens().size() && CLAUSE_OPENERS.contains(s.tokens().get(k).text())) return null;
        // "... to look at \"the nation we aspire to be\"; he suggested the approach rang hollow": a
        // semicolon closes the quote's clause; the verb after it reports something else.
        if (!comma && k < s.tokens().size() && s.tokens().get(k).is(";")) return null;
        // "... by correspondence." Volkova called ...: a quote ending its sentence leaves the next one alone.
        if (!comma && span.text().strip().endsWith(".") && k < s.tokens().size() && s.tokens().get(k).capitalised()
                && !Words.isReporting(s.tokens().get(k))) return null;
        for (int j = k; j < s.tokens().size() && j < k + REACH; j++) {
            if (text.quoted(b, j) || text.endsSentence(b, j)) break;
            Token t = s.tokens().get(j);
            if (!t.word() || !Words.isReporting(t)) continue;
            if (t.lower().equals("according")) return according(b, j);
            // "\"...?\" Ishiba responded: \"...\"": a verb before a colon introduces the next quote.
            if (s.token(j + 1) != null && s.token(j + 1).is(":")) return null;
            // "criticized Ishiba's \"change of stance,\" saying, \"...\"": a participle after the quote
            // shares the sentence's subject, which stands before the quote.
            if (j == k && t.lower().endsWith("ing") && before(b, text.tokenAt(b, span.start() - 1)) != null) return null;
            if (j == k) return new Attribution(b, j + 1, clauseEnd(b, j + 1), j, true);
            // "\"landspout\" tornadoes were observed": a passive's subject is seen, not speaking.
            if (Subjects.afterBe(s, j)) return null;
            boolean adjacent = j - k <= 2 && Subjects.precede(s, j, k);
            if (dash && !adjacent) return null;
            return open || adjacent ? new Attribution(b, k, j, j, false) : null;
        }
        return null;
    }

    /**
     * The reporting verb of the sentence before the opening mark at token {@code open}: the
     * nearest one with a subject of its own ("as Chair Jerome Powell said"), else the first
     * (", stating" and "and blamed" share the subject of the sentence's first verb).
     */
    Attribution before(int b, int open) {
        int start = sentenceStart(b, open);
        Segment s = text.segment(b);
        int first = -1;
        for (int j = open - 1; j >= start; j--) {
            Token t = s.tokens().get(j);
            if (text.quoted(b, j) || !t.word() || !Words.isReporting(t)) continue;
            if (t.lower().equals("according")) return according(b, j);
            int quoted = Subjects.quotedAsSaying(s, j, start);
            if (quoted >= 0) return new Attribution(b, start, quoted, j, false);
            if (modifiesNoun(s, j) || questionPutTo(s, j, start)) continue;
            if (j > start && (Subjects.precede(s, j, start) || Subjects.relative(s, j, start))) return new Attribution(b, withClause(s, j, start), j, j, false);
            first = j;
        }
        if (first < 0) return colonIntroduced(b, start, open);
        return first == start ? new Attribution(b, first + 1, clauseEnd(b, first + 1), first, true)
                : new Attribution(b, start, first, first, false);
    }

    /**
     * "He said her followers were divided, with some calling on her to \"stop\"": a participle
     * whose subject follows "with" (an absolute clause) has that subject alone; the window
     * starts after "with", so the sentence's subject ("He") is not its speaker.
     */
    private static int withClause(Segment s, int verb, int start) {
        for (int k = verb - 2; k >= start && k >= verb - 4; k--) {
            Token t = s.tokens().get(k);
            if (!t.word()) break;
            if (t.is("with") && s.tokens().get(verb).lower().endsWith("ing")) return k + 1;
        }
        return andClause(s, verb, start);
    }

    /**
     * "Heidnik held services in his home and one person who attended had come out saying": a
     * clause joined by "and" with a subject of its own ("one person", "a neighbour") after a
     * lower-case word; the window starts at that subject, not at the sentence's first name.
     */
    private static int andClause(Segment s, int verb, int start) {
        for (int k = verb - 2; k > start && k >= verb - AND_CLAUSE; k--) {
            Token t = s.tokens().get(k);
            Token next = s.tokens().get(k + 1);
            Token before = s.tokens().get(k - 1);
            if (t.is("and") && INDEFINITES.contains(next.lower()) && before.word() && !before.capitalised()) return k + 1;
        }
        return start;
    }

    /**
     * "the question asked of the court", "a heading that said": the verb qualifies a thing (a
     * participle after a noun, or a relative "that"/"which"), so its subject is no speaker.
     */
    private static boolean modifiesNoun(Segment s, int verb) {
        Token next = s.token(verb + 1);
        Token before = s.token(verb - 1);
        if (before == null || !before.word()) return false;
        boolean participle = next != null && next.is("of") && !before.capitalised() && !SUBJECT_WORDS.contains(before.lower());
        boolean relative = before.is("that") || before.is("which");
        return participle || relative;
    }

    /**
     * "Asked whether an adviser would be appointed, he went on:": a sentence opening on the
     * participle "asked" or "told" is a question put to the clause's subject, who comes after the
     * comma; the participle attributes nothing, and the words after it name no speaker.
     */
    private static boolean questionPutTo(Segment s, int verb, int start) {
        Token t = s.tokens().get(verb);
        Token next = s.token(verb + 1);
        return verb == start && (t.lower().equals("asked") || t.lower().equals("told"))
                && next != null && next.word() && !next.capitalised();
    }

    /**
     * "Even when a police officer first called, Heidnik shrugged off the smell and \"the officer
     * left\"": a verb in a clause opened by "when", "after", "because"... and closed by a comma,
     * with a main clause of its own words before the quote, does not attribute the quote: the
     * quote keeps an attribution (it is still words quoted) but no speaker.
     */
    boolean inSubordinateClause(Attribution a) {
        if (a.inverted() || a.verb() != a.to()) return false;
        Segment s = text.segment(a.block());
        int open = a.verb() + 1;
        while (open < s.tokens().size() && !text.quoted(a.block(), open) && !text.endsSentence(a.block(), open)) open++;
        return open < s.tokens().size() && text.quoted(a.block(), open) && inSubordinateClause(a.block(), a.verb(), a.from(), open);
    }

    private boolean inSubordinateClause(int b, int verb, int start, int open) {
        Segment s = text.segment(b);
        boolean opened = false;
        for (int k = start; k < verb && k <= start + 1; k++) {
            if (SUBORDINATORS.contains(s.tokens().get(k).lower())) opened = true;
        }
        if (!opened) return false;
        // "When officers went there, lieutenant X recalls, it was ...": the clause closed before the verb.
        for (int k = start; k < verb; k++) if (s.tokens().get(k).is(",")) return false;
        for (int c = verb + 1; c < open; c++) {
            if (!s.tokens().get(c).is(",")) continue;
            int words = 0;
            for (int k = c + 1; k < open; k++) if (s.tokens().get(k).word()) words++;
            return words >= 2;
        }
        return false;
    }

    /** "Smith was blunt: "...": a colon introduces the words of the sentence's subject. */
    private Attribution colonIntroduced(int b, int start, int open) {
        Token before = text.segment(b).token(open - 1);
        if (before == null || !before.is(":") || open - 1 <= start) return null;
        // "a heading that said:": the verb before the colon was set aside as qualifying a thing.
        Token verb = text.segment(b).token(open - 2);
        if (verb != null && verb.word() && Words.isReporting(verb)) return null;
        return new Attribution(b, start, open - 1, open - 1, false);
    }

    /** "according to the diplomat, ...": the source is the phrase up to the next comma. */
    private Attribution according(int b, int j) {
        Segment s = text.segment(b);
        Token to = s.token(j + 1);
        if (to == null || !to.is("to")) return null;
        int end = clauseEnd(b, j + 2);
        for (int k = j + 2; k < end; k++) {
            if (s.tokens().get(k).is(",")) return new Attribution(b, j + 2, k, j, true);
        }
        return new Attribution(b, j + 2, end, j, true);
    }

    /**
     * Where the quote's sentence starts: after a full stop, or after a colon or dash that is not
     * the one introducing the quote (the dateline's "(Reuters) -" or "NEW DELHI:" ends there too).
     */
    private int sentenceStart(int b, int open) {
        int i = open - 1;
        int limit = Math.max(0, open - SENTENCE);
        while (i >= limit && !text.endsSentence(b, i) && !(i < open - 1 && isBreak(b, i)) && !quotedSentenceEnd(b, i)) i--;
        return i + 1;
    }

    /**
     * "... on NPR's \"Wait, Wait ... Don't Tell Me!\" The early work ...": a quote ending on a
     * full stop, question or exclamation mark, then a capital, ends the sentence with it.
     */
    private boolean quotedSentenceEnd(int b, int i) {
        Segment s = text.segment(b);
        Token t = s.tokens().get(i);
        if (!text.quoted(b, i) || !(t.is(".") || t.is("!") || t.is("?"))) return false;
        int k = i + 1;
        while (k < s.tokens().size() && text.quoted(b, k) && !s.tokens().get(k).word()) k++;
        return k > i + 1 && k < s.tokens().size() && !text.quoted(b, k) && s.tokens().get(k).word() && s.tokens().get(k).capitalised();
    }

    private boolean isBreak(int b, int i) {
        Token t = text.segment(b).tokens().get(i);
        if (text.quoted(b, i)) return false;
        // Dashes end a dateline ("(Reuters) -"); later they only set off an aside.
        return t.is(":") || t.is(";") || isDash(t) && i < DATELINE_TOKENS;
    }

    static boolean isDash(Token t) {
        return t.is("—") || t.is("–") || t.is("-");
    }

    /** Where the words after an inverted verb end: the sentence end, a quote, or after REACH tokens. */
    private int clauseEnd(int b, int from) {
        List<Token> tokens = text.segment(b).tokens();
        int j = from;
        while (j < tokens.size() && j < from + REACH && !text.quoted(b, j) && !text.endsSentence(b, j)) j++;
        return j;
    }

    /** A quote that ends on a comma, question or exclamation mark or dash awaits its attribution. */
    private static boolean endsOpen(String quoted) {
        String t = quoted.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return last == ',' || last == '?' || last == '!' || last == '…' || last == '—' || last == '-';
    }
}
