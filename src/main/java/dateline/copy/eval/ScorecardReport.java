package dateline.copy.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link Scorecard} as a text table or as JSON-ready maps, with per-document problems on request. */
public final class ScorecardReport {
    private ScorecardReport() {}

    public static String table(Scorecard card, boolean verbose) {
        StringBuilder out = new StringBuilder();
        if (verbose) out.append(problems(card)).append('\n');
        out.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %9s %6s %6s %6s%n",
                "field", "precision", "recall", "F1", "exact", "tp", "fp", "fn"));
        for (Map.Entry<String, Tally> row : card.totals().entrySet()) {
            Tally t = row.getValue();
            out.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %9.3f %6d %6d %6d%n", row.getKey(),
                    figure(t, t.precision()), figure(t, t.recall()), figure(t, t.f1()), t.exact(),
                    t.truePositives(), t.falsePositives(), t.falseNegatives()));
        }
        return out.append(card.summary()).append('\n').toString();
    }

    /** "-" where nothing was there to find or found (speakers when no quote was matched). */
    private static String figure(Tally t, double value) {
        return t.measured() ? String.format(Locale.ROOT, "%.3f", value) : "-";
    }

    private static String problems(Scorecard card) {
        StringBuilder out = new StringBuilder();
        for (Scorecard.Document document : card.documents()) {
            out.append("== ").append(document.name()).append('\n');
            if (document.rejection() != null) out.append("  rejected: ").append(document.rejection()).append('\n');
            for (FieldScore score : document.scores()) {
                for (String problem : score.problems()) out.append("  ").append(score.field()).append(": ").append(problem).append('\n');
            }
        }
        return out.toString();
    }

    public static Map<String, Object> json(Scorecard card, boolean verbose) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", card.documents().size());
        List<Map<String, Object>> fields = new ArrayList<>();
        card.totals().forEach((field, t) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", field);
            row.put("precision", t.measured() ? round(t.precision()) : null);
            row.put("recall", t.measured() ? round(t.recall()) : null);
            row.put("f1", t.measured() ? round(t.f1()) : null);
            row.put("exact", round(t.exact()));
            row.put("tp", t.truePositives());
            row.put("fp", t.falsePositives());
            row.put("fn", t.falseNegatives());
            fields.add(row);
        });
        json.put("fields", fields);
        json.put("summary", card.summary());
        if (verbose) json.put("problems", problemMap(card));
        return json;
    }

    private static Map<String, Object> problemMap(Scorecard card) {
        Map<String, Object> byDocument = new LinkedHashMap<>();
        for (Scorecard.Document document : card.documents()) {
            List<String> problems = new ArrayList<>();
            if (document.rejection() != null) problems.add("rejected: " + document.rejection());
            for (FieldScore score : document.scores()) score.problems().forEach(p -> problems.add(score.field() + ": " + p));
            byDocument.put(document.name(), problems);
        }
        return byDocument;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
