package dateline.cli;

import dateline.App;
import dateline.ingest.DemoStories;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code dateline serve}: the site, the API and the wire, until stopped. */
@Command(name = "serve", description = "Start Dateline: the news site and the API.", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080, or DATELINE_PORT).")
    Integer port;

    @Option(names = "--host", paramLabel = "NAME", description = "Host name in story URIs (default: localhost, or DATELINE_HOST).")
    String host;

    @Option(names = "--listen", paramLabel = "ADDRESS",
            description = "IP address to listen on (default: 0.0.0.0, every interface, or DATELINE_LISTEN); 127.0.0.1 for this machine only.")
    String listen;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public URL of the site (default: http://HOST:PORT).")
    String baseUrl;

    @Option(names = "--demo", description = "Load a handful of sample stories written for the project.")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        App app = App.build(store.settings(port, host, baseUrl, listen));
        try {
            if (demo) {
                var report = DemoStories.load(app.importer(), app.stories());
                spec.commandLine().getErr().println("demo stories: " + report.summary());
            }
            app.start();
            // After a successful start, so a start that fails (a port in use) leaves no admin nobody saw the password of.
            app.accounts().addFirstAdmin().ifPresent(admin -> {
                // Printed once, on the first start of an empty store: nobody could log in otherwise.
                spec.commandLine().getOut().println("first start: made user " + admin.user().name()
                        + "; log in at " + app.settings().baseUrl() + "/login and choose a new password. One-time password:");
                spec.commandLine().getOut().println("password: " + admin.oneTimePassword());
                spec.commandLine().getOut().flush();
            });
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        spec.commandLine().getErr().println("Dateline is serving on " + app.settings().listen() + " port " + app.port()
                + " (public address " + app.settings().baseUrl() + ", store " + app.settings().safeJdbcUrl() + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
