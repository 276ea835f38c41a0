package dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.copy.CopyParser;
import dateline.copy.CopyRejected;
import dateline.copy.ParsedCopy;
import dateline.formats.DatelineJson;
import dateline.formats.Json;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline parse FILE|-}: prints the structure the parser finds in one piece of wire
 * copy as Dateline's own JSON ({@link DatelineJson}), plus the lines it dropped as boilerplate.
 * The field names are the gold files' (headline, dateline.date_text, paragraphs, quotes[].speaker ...). Example: {@code dateline parse --date 2020-09-12 story.txt}.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the structure of a piece of wire copy (FILE, or - for standard input) as JSON.")
public final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the copy to parse, or - to read standard input")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the date the copy was filed, to resolve dateline dates without a year")
    LocalDate reference;

    @Spec
    CommandSpec spec;

    /** Standard input, replaced by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ParsedCopy copy = new CopyParser().parse(CopyInput.read(source, stdin), reference);
            ObjectNode json = DatelineJson.content(copy.content(null, "en"));
            json.set("boilerplate", Json.MAPPER.valueToTree(copy.boilerplate()));
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
            out.flush();
            return 0;
        } catch (CopyRejected rejected) {
            err.println("dateline parse: " + CopyInput.describe(source, rejected));
            err.flush();
            return 1;
        }
    }
}
