package dateline.wire;

import dateline.formats.StoryFormats;
import dateline.wire.clients.Clients;
import dateline.wire.stream.StreamHub;
import dateline.wire.webhooks.Dispatcher;
import dateline.wire.webhooks.Sender;
import dateline.wire.webhooks.Webhooks;
import java.time.Clock;

/**
 * The wire, whole: its clients, the log as they read it, the live stream hub and webhook
 * delivery. Built by App; {@link #start} starts the live parts (a command that only manages
 * clients never starts them).
 */
public final class Wire implements AutoCloseable {
    private final Clients clients;
    private final WireLog log;
    private final WireJson json;
    private final StreamHub hub;
    private final Webhooks webhooks;
    private final Dispatcher dispatcher;

    public Wire(WireStore store, LogHead head, StoryFormats formats, WireSettings settings, Clock clock) {
        this.clients = new Clients(store, clock);
        this.log = new WireLog(store);
        this.json = new WireJson(formats);
        this.hub = new StreamHub(log, head, settings.stream(), store::activeKeyHashes);
        this.webhooks = new Webhooks(store, clients, clock);
        this.dispatcher = new Dispatcher(store, new Sender(json, settings.webhooks().timeout(), clock),
                settings.webhooks(), clock, head);
        clients.onRevoke(name -> hub.closeClient(name, "the API key of client " + name + " was revoked or replaced"));
    }

    public void start() {
        hub.start();
        dispatcher.start();
    }

    public Clients clients() { return clients; }

    public WireLog log() { return log; }

    public WireJson json() { return json; }

    public StreamHub hub() { return hub; }

    public Webhooks webhooks() { return webhooks; }

    @Override
    public void close() {
        dispatcher.close();
        hub.close();
    }
}
