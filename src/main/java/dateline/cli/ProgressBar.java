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
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int lastTenth = -1;

    ProgressBar(PrintWriter out, int total) {
        this.out = out;
        this.total = total;
    }

    void show(int done) {
        if (total < 20) return;
        int tenth = done * 10 / total;
        if (!terminal && tenth == lastTenth) return;
        if (terminal && done % Math.max(1, total / 200) != 0 && done != total) return;
        lastTenth = tenth;
        int filled = done * WIDTH / total;
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = String.format("[%s%s] %d/%d files, %.0f/s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, done / Math.max(seconds, 1e-3));
        out.print(terminal ? "\r" + line : line + "\n");
        out.flush();
    }

    void finish() {
        if (terminal && total >= 20) out.println();
    }
}
