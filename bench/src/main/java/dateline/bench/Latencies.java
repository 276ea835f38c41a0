package dateline.bench;

import java.util.Arrays;

/** Response times of one kind of query, in microseconds, and their percentiles. */
final class Latencies {
    private long[] micros = new long[64];
    private int count;

    void add(long nanos) {
        if (count == micros.length) micros = Arrays.copyOf(micros, count * 2);
        micros[count++] = nanos / 1000;
    }

    double percentileMillis(double p) {
        if (count == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1000.0;
    }

    int count() { return count; }
}
