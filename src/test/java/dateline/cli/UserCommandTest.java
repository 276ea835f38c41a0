package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.App;
import dateline.auth.Role;
import dateline.config.SettingsReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest extends CommandTest {
    @TempDir Path dir;

    private static String line(String output, String prefix) {
        Matcher m = Pattern.compile("(?m)^" + prefix + ": (\\S+)$").matcher(output);
        return m.find() ? m.group(1) : null;
    }

    private App app() {
        return App.build(new SettingsReader(Map.of()).read(new SettingsReader.Flags(0, dir, null, null, null, null)), 4);
    }

    @Test
    void addingAUserPrintsAOneTimePasswordThatLogsIn() {
        int code = run("user", "add", "nina", "--role", "editor", "--data", dir.toString());

        assertThat(code).as(err.toString()).isZero();
        String password = line(out.toString(), "password");
        assertThat(password).hasSize(20);
        try (App app = app()) {
            var session = app.accounts().login("nina", password, "127.0.0.1");
            assertThat(session.user().role()).isEqualTo(Role.EDITOR);
            assertThat(session.user().mustChangePassword()).isTrue();
        }
    }

    @Test
    void aTokenIsPrintedOnceAndRevokingItEndsItAtOnce() {
        run("user", "add", "nina", "--role", "reporter", "--data", dir.toString());
        run("user", "token", "nina", "--data", dir.toString());
        String token = line(out.toString(), "token");
        assertThat(token).startsWith("dtl_");
        try (App app = app()) {
            assertThat(app.accounts().userByToken(token)).isPresent();
        }

        assertThat(run("user", "revoke-token", "nina", "--data", dir.toString())).isZero();

        try (App app = app()) {
            assertThat(app.accounts().userByToken(token)).isEmpty();
        }
    }

    @Test
    void aBadRoleAnUnknownUserAndATakenNameExitNonZeroNamingTheProblem() {
        assertThat(run("user", "add", "nina", "--role", "chief", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("role: one of reporter, editor, admin, got chief");
        assertThat(run("user", "token", "nobody", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("name: no user called nobody");
        run("user", "add", "nina", "--role", "editor", "--data", dir.toString());
        assertThat(run("user", "add", "nina", "--role", "editor", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("name: a user called nina already exists");
        assertThat(run("user", "add", "Nina Berg", "--role", "editor", "--data", dir.toString())).isEqualTo(2);
    }
}
