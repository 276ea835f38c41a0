package dateline.bench;

import dateline.copy.CopyParser;
import dateline.copy.CopyRejected;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time per parse of adversarial copy from 1 KB to 1 MB: unbalanced quote marks, one huge
 * line, one endless sentence of quotes without a full stop, many short lines. Linear cost shows as time per byte staying flat across sizes;
 * splitting the same text into lines is the peer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CopyScalingBench {
    @Param({"1024", "16384", "131072", "1048576"})
    int size;

    @Param({"unbalancedQuotes", "oneHugeLine", "quotesWithoutStops", "manyShortLines"})
    String shape;

    private String text;
    private final CopyParser parser = new CopyParser();

    @Setup
    public void makeCopy() {
        text = switch (shape) {
            case "unbalancedQuotes" -> BenchCopy.unbalancedQuotes(size);
            case "oneHugeLine" -> BenchCopy.oneHugeLine(size);
            case "quotesWithoutStops" -> BenchCopy.quotesWithoutStops(size);
            default -> BenchCopy.manyShortLines(size);
        };
    }

    @Benchmark
    public Object parse() {
        try {
            return parser.parse(text, null);
        } catch (CopyRejected rejected) {
            return rejected;
        }
    }

    @Benchmark
    public long peerSplitLines() {
        return text.lines().count();
    }
}
