package dateline.copy.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of one document scored: its counts, and the misses and false alarms that explain
 * them in words ({@code missed "Vladimir Putin"}), for the per-document report.
 */
public record FieldScore(String field, Tally tally, List<String> problems) {

    /** A single-valued field (headline, a dateline part): right, wrong, missing or spurious. */
    static FieldScore exact(String field, String gold, String found, boolean equal) {
        if (gold == null && found == null) return new FieldScore(field, new Tally(0, 0, 0, 1, 1), List.of());
        if (gold != null && found != null && equal) return new FieldScore(field, new Tally(1, 0, 0, 1, 1), List.of());
        int fp = found == null ? 0 : 1;
        int fn = gold == null ? 0 : 1;
        String problem = "expected " + quoted(gold) + ", found " + quoted(found);
        return new FieldScore(field, new Tally(0, fp, fn, 0, 1), List.of(problem));
    }

    /** A list field from the matched pairs and the unmatched items on either side. */
    static FieldScore matched(String field, int matched, List<String> missed, List<String> falseAlarms) {
        Tally tally = new Tally(matched, falseAlarms.size(), missed.size(),
                missed.isEmpty() && falseAlarms.isEmpty() ? 1 : 0, 1);
        List<String> problems = new ArrayList<>();
        missed.forEach(m -> problems.add("missed " + quoted(m)));
        falseAlarms.forEach(f -> problems.add("false alarm " + quoted(f)));
        return new FieldScore(field, tally, problems);
    }

    static String quoted(String text) {
        if (text == null) return "nothing";
        String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        return "\"" + shown + "\"";
    }
}
