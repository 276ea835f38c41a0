package dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dateline.copy.CopyParser;
import dateline.copy.CopyRejected;
import dateline.copy.ParsedCopy;
import dateline.copy.eval.CopyComparison;
import dateline.copy.eval.GoldCopy;
import dateline.copy.eval.Scorecard;
import dateline.copy.eval.ScorecardReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval-copy DIR}: scores the copy parser against every {@code NN.gold.json}
 * (with its {@code NN.txt}) in DIR and prints precision, recall and F1 per field.
 * Example: {@code dateline eval-copy ../shared/corpus/dev --verbose}.
 */
@Command(name = "eval-copy", mixinStandardHelpOptions = true,
        description = "Score the copy parser against the gold annotations (*.gold.json with their .txt) in DIR.")
public final class EvalCopyCommand implements Callable<Integer> {
    private static final String GOLD = ".gold.json";

    @Parameters(paramLabel = "DIR", description = "a folder of NN.txt files with their NN.gold.json")
    Path dir;

    @Option(names = "--json", description = "print the scores as JSON")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "also list each document's misses and false alarms")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> golds = goldFiles();
        if (golds.isEmpty()) {
            err.println("dateline eval-copy: " + dir + ": no *" + GOLD + " files (is it a corpus folder?)");
            err.flush();
            return 1;
        }
        Scorecard card = new Scorecard();
        boolean complete = true;
        for (Path gold : golds) complete &= score(gold, card, err);
        out.print(json ? pretty(ScorecardReport.json(card, verbose)) + "\n" : ScorecardReport.table(card, verbose));
        out.flush();
        err.flush();
        return complete ? 0 : 1;
    }

    private List<Path> goldFiles() throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(GOLD)).sorted().toList();
        }
    }

    /** @return false when the gold or its text cannot be read (the document is then left out) */
    private boolean score(Path goldPath, Scorecard card, PrintWriter err) throws IOException {
        String name = goldPath.getFileName().toString();
        name = name.substring(0, name.length() - GOLD.length());
        Path textPath = goldPath.resolveSibling(name + ".txt");
        GoldCopy gold;
        try {
            gold = GoldCopy.fromJson(Files.readString(goldPath));
        } catch (IllegalArgumentException e) {
            err.println("dateline eval-copy: " + goldPath + ": " + e.getMessage());
            return false;
        }
        if (!Files.isRegularFile(textPath)) {
            err.println("dateline eval-copy: " + textPath + ": missing (needed by " + goldPath.getFileName() + ")");
            return false;
        }
        ParsedCopy parsed = null;
        String rejection = null;
        try {
            parsed = new CopyParser().parse(CopyInput.read(textPath.toString(), System.in));
        } catch (CopyRejected rejected) {
            rejection = CopyInput.describe(textPath.toString(), rejected);
        }
        card.add(name, CopyComparison.compare(gold, parsed), rejection);
        return true;
    }

    private static String pretty(Object value) throws JsonProcessingException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }
}
