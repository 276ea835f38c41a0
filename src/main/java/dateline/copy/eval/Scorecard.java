package dateline.copy.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of a set of documents: per field, counts summed over documents (micro-averaged
 * precision, recall and F1) and the share of documents exactly right; per document, the
 * problems found. Add documents with {@link #add}; read the totals with {@link #totals()}.
 */
public final class Scorecard {
    /** One scored document: its name, its field scores, and why the parser rejected it if it did. */
    public record Document(String name, List<FieldScore> scores, String rejection) {}

    private final List<Document> documents = new ArrayList<>();

    public void add(String name, List<FieldScore> scores, String rejection) {
        documents.add(new Document(name, List.copyOf(scores), rejection));
    }

    public List<Document> documents() { return List.copyOf(documents); }

    /** Field name to its totals, in the order the fields are scored. */
    public Map<String, Tally> totals() {
        Map<String, Tally> totals = new LinkedHashMap<>();
        for (Document document : documents) {
            for (FieldScore score : document.scores()) totals.merge(score.field(), score.tally(), Tally::plus);
        }
        return totals;
    }

    /** One line: the structure fields as exact shares, the rest as F1. */
    public String summary() {
        Map<String, Tally> t = totals();
        if (t.isEmpty()) return "summary: no documents";
        return String.format(Locale.ROOT,
                "summary: %d documents; exact: headline %.2f, standfirst %.2f, dateline %.2f, paragraph_count %.2f; "
                        + "F1: subheadings %s, quotes %s, people %s, places %s, organizations %s; "
                        + "speakers: right %s of quotes found, %s of those given a speaker",
                documents.size(), t.get("headline").exact(), t.get("standfirst").exact(), t.get("dateline").exact(),
                t.get("paragraph_count").exact(), f1(t, "subheadings"), f1(t, "quotes"),
                f1(t, "people"), f1(t, "places"), f1(t, "organizations"),
                figure(t.get("speakers"), t.get("speakers").recall()),
                figure(t.get("speakers_given"), t.get("speakers_given").precision()));
    }

    private static String figure(Tally t, double value) {
        return t.measured() ? String.format(Locale.ROOT, "%.2f", value) : "n/a";
    }

    private static String f1(Map<String, Tally> totals, String field) {
        Tally t = totals.get(field);
        return t.measured() ? String.format(Locale.ROOT, "%.2f", t.f1()) : "n/a";
    }
}
