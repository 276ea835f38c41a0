package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Whitespace;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deck with its full stop over a lede that tells the same news with its day: "Sweden and
 * Finland have told millions how to prepare for war." over "The Nordic neighbours published
 * guidance today on what to do in a conflict." A lede says when ("today", "on Friday"); a deck
 * sums the news up without a day, shares words with the headline, and the lede says again some
 * of the deck's own words (beyond the headline's). A paragraph that goes on from the one above starts with a pronoun or a connective ("But
 * that ...", "It ...") or calls a person named above by the surname ("Mr Bowen's statement on
 * Thursday ..."), so such a pair is a lede and the paragraph after it.
 */
final class TimedLede {
    private static final int MIN_WORDS = 6;
    /** A deck without a day is short; a long first block is a lede that left its day for later. */
    private static final int MAX_WORDS = 40;
    private static final Set<String> DAYS = Set.copyOf(BundledList.section("furniture-lines.txt", "news days"));
    private static final Set<String> CONTINUERS = Set.copyOf(BundledList.section("furniture-lines.txt", "paragraph continuers"));
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[^\\p{L}-]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private TimedLede() {}

    static boolean isDeckOver(String deck, String lede, String headlineText, HeadlineWords headline) {
        int words = Whitespace.countWords(deck, MAX_WORDS + 1);
        if (words < MIN_WORDS || words > MAX_WORDS || BlockShape.hasSentenceBreak(deck) || BlockShape.isAllCaps(deck)) return false;
        if (!BlockShape.endsSentence(deck) || !BlockShape.endsSentence(lede)) return false;
        if (saysWhen(deck, true) || !saysWhen(lede, false) || continues(lede) || namesBySurname(deck, lede)
                || namedBelowOnly(headlineText, deck, lede)) return false;
        if (headline.repeatedIn(deck) == 0) return false;
        // The lede says again words of the deck's own, not only the headline's ("police", "council").
        Set<String> restated = new HeadlineWords(deck).repeated(lede);
        restated.removeAll(headline.repeated(lede));
        return !restated.isEmpty();
    }

    /** "today", "on Friday"; with {@code months}, also a month ("in March", "July 2021"). */
    private static boolean saysWhen(String text, boolean months) {
        for (String word : NON_LETTERS.split(text)) {
            if (word.isEmpty()) continue;
            if (DAYS.contains(word.toLowerCase(Locale.ROOT))) return true;
            if (months && Character.isUpperCase(word.charAt(0)) && word.length() >= 3 && DateText.startsWithMonth(word, 0)) return true;
        }
        return false;
    }

    private static boolean continues(String lede) {
        String t = Whitespace.trim(lede);
        int space = t.indexOf(' ');
        String first = NON_LETTERS.matcher(space > 0 ? t.substring(0, space) : t).replaceAll("");
        return CONTINUERS.contains(first.toLowerCase(Locale.ROOT));
    }

    /**
     * "Luigi Mangione pleads not guilty ..." over "The suspect accused of killing ..." over "Luigi
     * Mangione, 26, appeared in court on Monday ...": the first paragraph held back the name the
     * headline gives and the second spells it out, as a lede and the paragraph after it do. A deck
     * adds to the headline; it does not leave its subject for the lede to name.
     */
    private static boolean namedBelowOnly(String headline, String deck, String lede) {
        // split on one character takes String's fast path: no pattern is compiled
        String[] words = headline.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            String first = words[i];
            String last = words[i + 1];
            if (first.length() < 2 || last.length() < 2 || !isNameWord(first) || !isNameWord(last)) continue;
            if (lede.contains(first + " " + last) && !deck.contains(first) && !deck.contains(last)) return true;
        }
        return false;
    }

    private static boolean isNameWord(String word) {
        if (!Character.isUpperCase(word.charAt(0))) return false;
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i)) && word.charAt(i) != '-') return false;
        }
        return true;
    }

    /** "minister Chris Bowen" above, "Mr Bowen's" below: the paragraph below goes on about him. */
    private static boolean namesBySurname(String deck, String lede) {
        String[] words = SPACES.split(deck);
        for (int i = 1; i + 1 < words.length; i++) {
            String first = words[i];
            String last = POSSESSIVE.matcher(TRAILING_MARKS.matcher(words[i + 1]).replaceAll("")).replaceAll("");
            if (last.length() < 2 || !Character.isUpperCase(first.charAt(0)) || !Character.isUpperCase(last.charAt(0))) continue;
            if (lede.contains(last) && !lede.contains(first + " " + last)) return true;
        }
        return false;
    }
}
