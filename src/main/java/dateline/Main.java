package dateline;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code dateline serve | import | parse | eval-copy ...}. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "Dateline 0.1.0",
        description = "An open-source news agency platform.",
        subcommands = {
                dateline.cli.ParseCommand.class,
                dateline.cli.EvalCopyCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as tests run it: same parsing, same error messages, no System.exit. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
