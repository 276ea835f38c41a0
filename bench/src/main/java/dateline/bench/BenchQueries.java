package dateline.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The queries of the search benchmark, each kind the same for Dateline and PostgreSQL: words
 * drawn from generated sentences (so as frequent as in the stories), two words that occur
 * together, a word pair that occurs as a phrase, a word with a person, a word within a month.
 */
final class BenchQueries {
    enum Kind { ONE_WORD, TWO_WORDS, PHRASE, ENTITY, DATE_RANGE }

    /** One query: Dateline's syntax, and the same question's parts for the peer. */
    record Query(Kind kind, String dateline, String words, boolean phrase, String person, LocalDate month) {}

    /** Stop words of four letters or more in both Lucene's and PostgreSQL's English lists: searching them alone finds nothing. */
    private static final java.util.Set<String> STOP = java.util.Set.of("that", "their", "then", "there", "these", "they",
            "this", "will", "with", "into", "such", "have", "from", "were", "been", "which", "would", "what", "when", "where");

    private BenchQueries() {}

    static List<Query> make(SyntheticNews news, int perKind, LocalDate first, LocalDate last, long seed) {
        Random random = new Random(seed);
        List<Query> queries = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < perKind; i++) queries.add(query(kind, news, random, first, last));
        }
        return queries;
    }

    private static Query query(Kind kind, SyntheticNews news, Random random, LocalDate first, LocalDate last) {
        List<String> words = words(news);
        int at = random.nextInt(words.size());
        String a = words.get(at);
        return switch (kind) {
            case ONE_WORD -> new Query(kind, a, a, false, null, null);
            case TWO_WORDS -> {
                // Another word of the sentence: drawn freely, it was the same word half the time
                // (the lists are often two words long), a one-word search in disguise.
                String b = words.get((at + 1 + random.nextInt(words.size() - 1)) % words.size());
                yield new Query(kind, a + " " + b, a + " " + b, false, null, null);
            }
            case PHRASE -> {
                int start = random.nextInt(words.size() - 1);
                String pair = words.get(start) + " " + words.get(start + 1);
                yield new Query(kind, "\"" + pair + "\"", pair, true, null, null);
            }
            case ENTITY -> {
                String person = news.zipf(news.people());
                yield new Query(kind, a + " person:\"" + person + "\"", a, false, person, null);
            }
            case DATE_RANGE -> {
                long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last);
                LocalDate month = first.withDayOfMonth(1).plusMonths(random.nextInt((int) Math.max(1, months)));
                yield new Query(kind, a + " updated:[" + month + " TO " + month.plusMonths(1).minusDays(1) + "]", a, false, null, month);
            }
        };
    }

    /** Consecutive words of at least four letters from a generated sentence (two in a row for phrases). */
    private static List<String> words(SyntheticNews news) {
        List<String> out = new ArrayList<>();
        while (out.size() < 2) {
            out.clear();
            for (String w : news.sentence(12, 24).replaceAll("[.,;]", "").split(" ")) {
                String word = w.toLowerCase(java.util.Locale.ROOT);
                if (word.length() >= 4 && word.chars().allMatch(Character::isLetter) && !STOP.contains(word)) out.add(word);
                else if (out.size() >= 2) break;
                else out.clear();
            }
        }
        return out;
    }
}
