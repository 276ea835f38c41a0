package dateline;

import dateline.cli.ClientCommand;
import dateline.cli.EvalCopyCommand;
import dateline.cli.ImportCommand;
import dateline.cli.ParseCommand;
import dateline.cli.ReindexCommand;
import dateline.cli.ServeCommand;
import dateline.cli.UsageProblem;
import dateline.cli.UserCommand;
import dateline.auth.BadAccountInput;
import dateline.config.InvalidSettings;
import dateline.story.InvalidInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code dateline serve | import | parse | eval-copy | user | reindex | client ...}. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "Dateline 0.1.0",
        description = "An open-source news agency platform.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ParseCommand.class,
            EvalCopyCommand.class,
            UserCommand.class,
            ReindexCommand.class,
            ClientCommand.class,
        })
public final class Main implements Runnable {
    static final int FAILED = 1;
    static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as tests run it: same parsing, same error messages, no System.exit. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dateline " + cmd.getCommandName() + ": " + message(e));
            boolean usage = e instanceof UsageProblem || e instanceof InvalidSettings || e instanceof InvalidInput
                    || e instanceof BadAccountInput;
            return usage ? USAGE : FAILED;
        });
        return line;
    }

    /** The message and its root cause's, which for a store failure says what the database said. */
    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null ? text : text + " (" + root.getMessage() + ")";
    }

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
