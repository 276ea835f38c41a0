package dateline.bench;

import dateline.copy.CopyParser;
import dateline.copy.ParsedCopy;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Stories structured per second on one thread: the full parse of a ~4 KB story (structure,
 * dateline, entities, quotes), against two peers on the same text measured in the same run,
 * so the ratio holds from machine to machine: splitting it into lines, and jsoup parsing it
 * as HTML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CopyParserBench {
    private final String story = BenchCopy.story();
    private final CopyParser parser = new CopyParser();
    private final LocalDate reference = LocalDate.of(2026, 3, 4);

    @Benchmark
    public ParsedCopy parseStory() {
        return parser.parse(story, reference);
    }

    @Benchmark
    public long peerSplitLines() {
        return story.lines().count();
    }

    @Benchmark
    public Document peerJsoupParse() {
        return Jsoup.parse(story);
    }
}
