package dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the scaling curve of a JMH JSON result ({@code -rf json -rff FILE}) as a Markdown
 * table: per shape and size, microseconds per parse, nanoseconds per byte, the peer's time,
 * and the ratio to linear growth from the smallest size (1.0 is linear; above it, worse).
 * Usage: {@code java -cp target/benchmarks.jar dateline.bench.ScalingCurve FILE}.
 */
public final class ScalingCurve {
    private ScalingCurve() {}

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Map<Integer, double[]>> byShape = new TreeMap<>();
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText();
            if (!benchmark.contains("CopyScalingBench")) continue;
            String shape = result.at("/params/shape").asText();
            int size = result.at("/params/size").asInt();
            double[] row = byShape.computeIfAbsent(shape, s -> new TreeMap<>()).computeIfAbsent(size, s -> new double[2]);
            row[benchmark.endsWith(".parse") ? 0 : 1] = result.at("/primaryMetric/score").asDouble();
        }
        System.out.println("| shape | size (bytes) | parse µs/op | ns/byte | peer lines() µs/op | parse / peer | ratio to linear |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        byShape.forEach((shape, rows) -> {
            Map.Entry<Integer, double[]> first = ((TreeMap<Integer, double[]>) rows).firstEntry();
            rows.forEach((size, row) -> System.out.println(String.format(Locale.ROOT,
                    "| %s | %d | %.1f | %.2f | %.1f | %.1f | %.2f |", shape, size, row[0], row[0] * 1000 / size, row[1],
                    row[0] / row[1], (row[0] / first.getValue()[0]) / ((double) size / first.getKey()))));
        });
    }
}
