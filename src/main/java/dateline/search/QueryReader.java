package dateline.search;

import static dateline.search.StoryDocument.*;

import dateline.story.InvalidInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Reads a reader's query: words (all of them must match), "phrases", AND/OR/NOT and
 * parentheses, {@code person: place: org: section: said: dateline: headline:} with a name in
 * quotes, and dates ({@code updated:[2020-09-01 TO 2020-09-30]}, {@code published:2020-09-12},
 * {@code updated:2020-09}) read in the agency's zone. A query it cannot read is an
 * {@link InvalidInput} saying what is wrong; {@link QueryRepair} finds the closest one it can.
 */
final class QueryReader {
    static final int MAX_LENGTH = 500;
    /** Plain words search these, the headline weighing most, then standfirst and subheadings. */
    private static final Map<String, Float> TEXT = Map.of(HEADLINE, 3f, STANDFIRST, 1.5f, SUBHEADINGS, 1.5f,
            BODY, 1f, QUOTES, 1f, NAMES, 1f);
    static final List<String> FIELDS = List.of(PERSON, PLACE, ORG, SECTION, SAID, DATELINE, HEADLINE, UPDATED, PUBLISHED);
    private final Analyzer analyzer;
    private final ZoneId zone;

    QueryReader(Analyzer analyzer, ZoneId zone) {
        this.analyzer = analyzer;
        this.zone = zone;
    }

    /** The query for {@code text}; every story when it is blank. */
    Query read(String text) {
        if (text == null || text.isBlank()) return new MatchAllDocsQuery();
        if (text.length() > MAX_LENGTH) throw new InvalidInput("q: at most " + MAX_LENGTH + " characters, got " + text.length());
        String problem = QueryRepair.problem(text);
        if (problem != null) throw new InvalidInput("q: " + problem);
        Query query;
        try {
            query = parser().parse(text);
        } catch (ParseException e) {
            throw new InvalidInput("q: " + QueryRepair.explain(e.getMessage()));
        }
        checkFields(query);
        return query;
    }

    private void checkFields(Query query) {
        Set<String> unknown = new HashSet<>();
        Set<String> known = new HashSet<>(FIELDS);
        known.addAll(TEXT.keySet());
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!known.contains(field)) unknown.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInput("q: unknown field " + unknown.iterator().next() + ": the fields are "
                    + String.join(", ", FIELDS) + " (put the words in quotes to search for them as written)");
        }
    }

    private QueryParser parser() {
        QueryParser parser = new DateAwareParser(analyzer, zone);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        return parser;
    }

    /** The classic syntax, with the date fields read as days and months of the agency's calendar. */
    private static final class DateAwareParser extends MultiFieldQueryParser {
        private final ZoneId zone;

        DateAwareParser(Analyzer analyzer, ZoneId zone) {
            super(TEXT.keySet().toArray(String[]::new), analyzer, TEXT);
            this.zone = zone;
        }

        @Override
        protected Query getRangeQuery(String field, String from, String to, boolean fromIn, boolean toIn) throws ParseException {
            if (!isDate(field)) return super.getRangeQuery(field, from, to, fromIn, toIn);
            long start = from == null || from.equals("*") ? Long.MIN_VALUE : start(field, from);
            long end = to == null || to.equals("*") ? Long.MAX_VALUE : end(field, to);
            if (!fromIn && start != Long.MIN_VALUE) start = end(field, from) + 1;
            if (!toIn && end != Long.MAX_VALUE) end = start(field, to) - 1;
            return LongPoint.newRangeQuery(field, start, end);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (isDate(field)) return LongPoint.newRangeQuery(field, start(field, text), end(field, text));
            return super.getFieldQuery(field, text, quoted);
        }

        private boolean isDate(String field) { return UPDATED.equals(field) || PUBLISHED.equals(field); }

        /** The first millisecond of a day (2020-09-01) or a month (2020-09). */
        private long start(String field, String text) throws ParseException {
            try {
                LocalDate day = text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
                return day.atStartOfDay(zone).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new ParseException(field + ": dates are written YYYY-MM-DD (or YYYY-MM for a month), got " + text);
            }
        }

        /** The last millisecond of that day or month. */
        private long end(String field, String text) throws ParseException {
            try {
                LocalDate next = text.length() == 7 ? YearMonth.parse(text).plusMonths(1).atDay(1) : LocalDate.parse(text).plusDays(1);
                return next.atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            } catch (DateTimeParseException e) {
                throw new ParseException(field + ": dates are written YYYY-MM-DD (or YYYY-MM for a month), got " + text);
            }
        }
    }
}
