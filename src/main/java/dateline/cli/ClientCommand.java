package dateline.cli;

import dateline.App;
import dateline.wire.clients.Client;
import dateline.wire.clients.Clients;
import dateline.wire.webhooks.Webhook;
import dateline.wire.webhooks.Webhooks;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline client add|list|rotate|revoke|webhook}: the wire's subscribers. Keys and
 * webhook secrets are printed once, on lines of their own ({@code key: ...}, {@code secret: ...}),
 * and never kept: only a key's hash is stored.
 */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Manage wire clients: their API keys, sections, embargo entitlement and webhooks.",
        subcommands = {ClientCommand.Add.class, ClientCommand.ListClients.class, ClientCommand.Rotate.class,
                ClientCommand.Revoke.class, ClientCommand.AddWebhook.class})
public final class ClientCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** The parts every subcommand shares: the store, and printing. */
    abstract static class Sub implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (App app = App.build(store.settings(null, null, null))) {
                run(app.wire().clients(), app.wire().webhooks(), spec.commandLine().getOut());
            }
            spec.commandLine().getOut().flush();
            return 0;
        }

        abstract void run(Clients clients, Webhooks webhooks, PrintWriter out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a client and print its API key.")
    static final class Add extends Sub {
        @Parameters(paramLabel = "NAME", description = "The client's name: letters, digits, '.', '_', '-'.") String name;

        @Option(names = "--sections", split = ",", paramLabel = "a,b", description = "Sections it receives (default: all).")
        List<String> sections = List.of();

        @Option(names = "--embargoed", description = "It receives embargoed stories at filing, marked with their embargo.")
        boolean embargoed;

        @Option(names = "--rate", paramLabel = "N", description = "Requests a minute it may make (default: 600).")
        int rate = Clients.DEFAULT_RATE;

        @Override
        void run(Clients clients, Webhooks webhooks, PrintWriter out) {
            Clients.Issued issued = clients.add(name, sections, embargoed, rate);
            out.println("client " + issued.client().name() + " added: " + describe(issued.client()));
            out.println("key: " + issued.key());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the clients and their webhooks.")
    static final class ListClients extends Sub {
        @Override
        void run(Clients clients, Webhooks webhooks, PrintWriter out) {
            List<Client> all = clients.list();
            if (all.isEmpty()) out.println("no clients yet: add one with dateline client add NAME");
            for (Client c : all) {
                out.println(c.name() + ": " + describe(c) + (c.active() ? "" : "; revoked " + c.revokedAt()));
                for (Webhook w : webhooks.of(c.name())) {
                    out.println("  webhook " + w.url() + (w.enabled() ? "" : " (disabled " + w.disabledAt() + ")")
                            + ", " + webhooks.owed(w) + " changes owed");
                }
            }
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true, description = "Give a client a new API key; the old one stops working at once.")
    static final class Rotate extends Sub {
        @Parameters(paramLabel = "NAME") String name;

        @Override
        void run(Clients clients, Webhooks webhooks, PrintWriter out) {
            out.println("key: " + clients.rotate(name).key());
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "End a client's access at once, open streams included.")
    static final class Revoke extends Sub {
        @Parameters(paramLabel = "NAME") String name;

        @Override
        void run(Clients clients, Webhooks webhooks, PrintWriter out) {
            clients.revoke(name);
            out.println("client " + name + " revoked");
        }
    }

    @Command(name = "webhook", mixinStandardHelpOptions = true,
            description = "Register a webhook endpoint for a client (again: a new secret, and enabled again); prints its signing secret.")
    static final class AddWebhook extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "URL") String url;

        @Override
        void run(Clients clients, Webhooks webhooks, PrintWriter out) {
            Webhooks.Registered registered = webhooks.register(name, url);
            out.println("webhook " + registered.webhook().url() + " registered for client " + name
                    + ": changes from sequence " + registered.webhook().enqueuedSeq() + " on, signed as Standard Webhooks");
            out.println("secret: " + registered.secret());
        }
    }

    static String describe(Client c) {
        String sections = c.sections().isEmpty() ? "all sections" : "sections " + String.join(",", c.sections().stream().sorted().toList());
        return sections + (c.embargoed() ? ", embargoed copy" : "") + ", " + c.ratePerMinute() + " requests a minute";
    }
}
