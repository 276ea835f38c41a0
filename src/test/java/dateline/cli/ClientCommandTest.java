package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.store.SqlStoryStore;
import dateline.wire.clients.ApiKeys;
import dateline.wire.clients.Client;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCommandTest extends CommandTest {
    @TempDir Path dir;

    private int client(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "client";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--data=" + dir.resolve("data");
        return run(all);
    }

    private String line(String prefix) {
        Matcher m = Pattern.compile("(?m)^" + prefix + ": (\\S+)$").matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        String value = m.group(1);
        return value;
    }

    private Client stored(String name) {
        try (SqlStoryStore store = SqlStoryStore.open("jdbc:sqlite:" + dir.resolve("data/dateline.db"))) {
            return store.wireStore().client(name).orElseThrow();
        }
    }

    @Test
    void addingAClientPrintsItsKeyOnceAndStoresOnlyItsHash() {
        int code = client("add", "herald", "--sections", "world,sport", "--embargoed", "--rate", "120");

        assertThat(code).as(err.toString()).isZero();
        String key = line("key");
        assertThat(key).startsWith("dtl_");
        Client herald = stored("herald");
        assertThat(herald.keyHash()).isEqualTo(ApiKeys.hash(key)).doesNotContain(key);
        assertThat(herald.sections()).containsExactlyInAnyOrder("world", "sport");
        assertThat(herald.embargoed()).isTrue();
        assertThat(herald.ratePerMinute()).isEqualTo(120);
    }

    @Test
    void listRotateAndRevokeDoWhatTheySay() {
        client("add", "herald");
        String first = line("key");
        out.getBuffer().setLength(0);

        assertThat(client("rotate", "herald")).isZero();
        String second = line("key");
        assertThat(second).isNotEqualTo(first);
        assertThat(stored("herald").keyHash()).isEqualTo(ApiKeys.hash(second));
        assertThat(client("revoke", "herald")).isZero();
        assertThat(client("list")).isZero();
        assertThat(out.toString()).contains("herald: all sections").contains("revoked");
    }

    @Test
    void registeringAWebhookPrintsItsSigningSecret() {
        client("add", "herald");

        assertThat(client("webhook", "herald", "https://media.example/hooks/dateline")).isZero();

        assertThat(line("secret")).startsWith("whsec_");
        client("list");
        assertThat(out.toString()).contains("webhook https://media.example/hooks/dateline, 0 changes owed");
    }

    @Test
    void badNamesUnknownClientsAndBadUrlsAreRefusedWithAMessage() {
        assertThat(client("add", "no spaces")).isEqualTo(2);
        assertThat(err.toString()).contains("client name: letters, digits");
        assertThat(client("revoke", "nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("no client nobody");
        client("add", "herald");
        assertThat(client("add", "herald")).isEqualTo(1);
        assertThat(err.toString()).contains("client herald already exists");
        assertThat(client("webhook", "herald", "ftp://x")).isEqualTo(2);
        assertThat(err.toString()).contains("webhook URL: an absolute http:// or https:// URL");
    }
}
