package dateline.cli;

import dateline.App;
import dateline.auth.NewUser;
import dateline.auth.Role;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline user add|token|revoke-token|reset-password NAME}: staff accounts from the
 * server's shell. Secrets are printed once, on a line of their own ({@code password: ...},
 * {@code token: ...}), for a script to pick up; only their digests are kept.
 */
@Command(name = "user", description = "Manage newsroom staff: add users, issue and revoke API tokens.",
        mixinStandardHelpOptions = true,
        subcommands = {UserCommand.Add.class, UserCommand.Token.class, UserCommand.RevokeToken.class,
            UserCommand.ResetPassword.class})
public final class UserCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new UsageProblem("name a subcommand: add, token, revoke-token or reset-password");
    }

    /** Runs {@code work} with the app's accounts, as the command line's operator. */
    abstract static class OnAccounts implements Callable<Integer> {
        static final String OPERATOR = "cli";
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "The user's name (lower case).") String name;

        @Override
        public Integer call() {
            try (App app = App.build(store.settings(null, null, null))) {
                work(app);
            }
            return 0;
        }

        abstract void work(App app);

        void print(String line) {
            spec.commandLine().getOut().println(line);
            spec.commandLine().getOut().flush();
        }
    }

    @Command(name = "add", description = "Add a user; prints a one-time password, to be changed at first login.")
    static final class Add extends OnAccounts {
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "reporter, editor or admin.") String role;

        @Override
        void work(App app) {
            NewUser user = app.accounts().addUser(name, Role.parse(role), OPERATOR);
            print("added " + user.user().name() + " as " + user.user().role().wireName() + "; one-time password:");
            print("password: " + user.oneTimePassword());
        }
    }

    @Command(name = "token", description = "Issue a personal API token (replacing any earlier one); prints it once.")
    static final class Token extends OnAccounts {
        @Override
        void work(App app) {
            print("token: " + app.accounts().issueToken(name, OPERATOR));
        }
    }

    @Command(name = "revoke-token", description = "Revoke the user's API token at once.")
    static final class RevokeToken extends OnAccounts {
        @Override
        void work(App app) {
            app.accounts().revokeToken(name, OPERATOR);
            print("revoked the token of " + name);
        }
    }

    @Command(name = "reset-password", description = "Give the user a new one-time password; ends their sessions.")
    static final class ResetPassword extends OnAccounts {
        @Override
        void work(App app) {
            print("password: " + app.accounts().resetPassword(name, OPERATOR).oneTimePassword());
        }
    }
}
