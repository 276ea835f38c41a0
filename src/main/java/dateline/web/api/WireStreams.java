package dateline.web.api;

import dateline.formats.Json;
import dateline.formats.StoryFormat;
import dateline.formats.StoryLinks;
import dateline.story.Sections;
import dateline.story.Story;
import dateline.web.Site;
import dateline.wire.Entitlement;
import dateline.wire.Wire;
import dateline.wire.WireChange;
import dateline.wire.WireJson;
import dateline.wire.clients.Client;
import dateline.wire.stream.SseFrames;
import dateline.wire.stream.Subscription;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The wire live, as Server-Sent Events: each event's id is the change's sequence. */
public final class WireStreams {
    private static final Object HEADLINES = "sse:headlines";
    private final Wire wire;
    private final Site site;

    public WireStreams(Wire wire, Site site) {
        this.wire = wire;
        this.site = site;
    }

    /**
     * A client's stream of changes in the pull API's shape, from the change after
     * {@code Last-Event-ID} (or {@code ?since=}), or from now; heartbeats every 15 s.
     * <pre>curl -N -H 'Authorization: Bearer KEY' 'http://localhost:8080/api/v1/wire/stream?since=0'</pre>
     */
    public void stream(Context ctx) {
        Client client = wire.clients().authenticate(ctx.header("Authorization"));
        StoryFormat format = WireJson.negotiate(ctx.queryParam("format"), ctx.header("Accept"));
        Entitlement sees = client.entitlement(Sections.parse(ctx.queryParam("section")));
        long since = resumeFrom(ctx);
        Object shape = "sse:" + format.wireName();
        Subscription wants = new Subscription(client.name(), client.keyHash(), sees::sees, shape,
                change -> SseFrames.event(change.seq(), wire.json().bytes(change, format)), since);
        SseResponse.open(ctx, sink -> wire.hub().subscribe(wants, sink));
    }

    /**
     * The public headlines, live, for the All news page: new, updated and withdrawn stories,
     * headline and link only; {@code ?section=} narrows it.
     * <pre>curl -N http://localhost:8080/api/v1/wire/headlines</pre>
     */
    public void headlines(Context ctx) {
        Entitlement sees = Entitlement.PUBLIC.only(Sections.parse(ctx.queryParam("section")));
        long since = resumeFrom(ctx);
        Subscription wants = new Subscription(null, null, change -> change.isPublic() && sees.sees(change), HEADLINES,
                change -> SseFrames.event(change.seq(), headline(change)), since);
        SseResponse.open(ctx, sink -> wire.hub().subscribe(wants, sink));
    }

    /** Last-Event-ID (a reconnecting EventSource sends it), else {@code ?since=}, else the log's head. */
    private long resumeFrom(Context ctx) {
        String lastEventId = ctx.header("Last-Event-ID");
        String name = lastEventId != null ? "Last-Event-ID" : "since";
        String raw = lastEventId != null ? lastEventId.strip() : ctx.queryParam("since");
        long head = wire.log().checkCursor(name, WireApi.number(name, raw, 0));
        return raw == null || raw.isEmpty() ? head : Long.parseLong(raw);
    }

    private byte[] headline(WireChange change) {
        Story story = change.story();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("seq", change.seq());
        event.put("action", change.action());
        event.put("id", story.id());
        event.put("url", StoryLinks.path(story.id(), story.slug()));
        event.put("headline", story.headline());
        event.put("standfirst", story.content().standfirst());
        event.put("place", story.content().dateline() == null ? null : story.content().dateline().place());
        var updated = site.time(story.versionCreated());
        event.put("updated", Map.of("iso", updated.iso(), "text", updated.text()));
        return Json.write(event).getBytes(StandardCharsets.UTF_8);
    }
}
