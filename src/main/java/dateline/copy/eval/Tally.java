package dateline.copy.eval;

/**
 * Counts for one field: true positives, false positives, false negatives, and how many
 * documents had the field exactly right out of how many were scored.
 */
public record Tally(int truePositives, int falsePositives, int falseNegatives, int documentsRight, int documents) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, documentsRight + other.documentsRight,
                documents + other.documents);
    }

    /** False when nothing was found and nothing was to be found: the figures then say nothing. */
    public boolean measured() {
        return truePositives + falsePositives + falseNegatives > 0;
    }

    /** Found items that are right; 1 when nothing was found and nothing was to be found. */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / found;
    }

    /** Gold items found; 1 when there was nothing to find. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of documents where the field is exactly right (both absent counts as right). */
    public double exact() {
        return documents == 0 ? 1 : (double) documentsRight / documents;
    }
}
