package dateline.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for long work: redrawn in place on a terminal, a line
 * every 10% elsewhere (logs, CI), nothing for a handful of items.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final int total;
    private final String unit;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int lastTenth = -1;

    ProgressBar(PrintWriter out, int total) {
        this(out, total, "files");
    }

    /** @param unit what is counted, as the bar names it ("files", "changes") */
    ProgressBar(PrintWriter out, int total, String unit) {
        this.out = out;
        this.total = total;
        this.unit = unit;
    }

    void show(int done) {
        if (total < 20) return;
        int tenth = done * 10 / total;
        if (!terminal && tenth == lastTenth) return;
        if (terminal && done % Math.max(1, total / 200) != 0 && done != total) return;
        lastTenth = tenth;
        int filled = done * WIDTH / total;
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = String.format("[%s%s] %d/%d %s, %.0f/s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, unit, done / Math.max(seconds, 1e-3));
        out.print(terminal ? "\r" + line : line + "\n");
        out.flush();
    }

    void finish() {
        if (terminal && total >= 20) out.println();
    }
}
