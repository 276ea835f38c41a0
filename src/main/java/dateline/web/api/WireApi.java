package dateline.web.api;

import dateline.story.Echo;
import dateline.formats.Json;
import dateline.formats.StoryFormat;
import dateline.story.InvalidInput;
import dateline.story.Sections;
import dateline.wire.Wire;
import dateline.wire.WireJson;
import dateline.wire.WireLog;
import dateline.wire.clients.Client;
import dateline.wire.webhooks.Webhook;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire for subscribing clients, by pull: every change they see, in order, from a cursor. */
public final class WireApi {
    private final Wire wire;

    public WireApi(Wire wire) { this.wire = wire; }

    /**
     * Changes after {@code since} (default 0), {@code limit} (1-1000, default 100) at most, in
     * sequence order; follow {@code next} to continue exactly after the last one.
     * <pre>curl -H 'Authorization: Bearer KEY' 'http://localhost:8080/api/v1/wire?since=0&amp;limit=100'</pre>
     * ({@code &format=newsml-g2} for a NewsML-G2 newsMessage of the same changes).
     */
    public void changes(Context ctx) {
        Client client = wire.clients().authenticate(ctx.header("Authorization"));
        // Pull takes every format: a JSON one in the change envelope, NewsML-G2 as a newsMessage.
        StoryFormat format = StoryFormat.negotiate(ctx.queryParam("format"), ctx.header("Accept"));
        String section = Sections.parse(ctx.queryParam("section"));
        long since = number("since", ctx.queryParam("since"), 0);
        int limit = (int) Math.min(number("limit", ctx.queryParam("limit"), 100), Integer.MAX_VALUE);
        WireLog.Page page = wire.log().read(client.entitlement(section), since, limit);
        String next = "/api/v1/wire?since=" + page.last() + "&limit=" + limit
                + (format == StoryFormat.NINJS ? "" : "&format=" + format.wireName())
                + (section == null ? "" : "&section=" + section);
        ctx.header("Cache-Control", "no-store");
        if (format.isJson()) {
            ctx.contentType("application/json; charset=utf-8").result(wire.json().page(page.changes(), format, next));
        } else {
            ctx.contentType(format.listContentType()).result(wire.json().g2Page(page.changes(), next));
        }
    }

    /**
     * The client's webhook endpoints and its delivery log, newest first ({@code limit} 1-1000, default 100).
     * <pre>curl -H 'Authorization: Bearer KEY' http://localhost:8080/api/v1/wire/deliveries</pre>
     */
    public void deliveries(Context ctx) {
        Client client = wire.clients().authenticate(ctx.header("Authorization"));
        int limit = (int) Math.min(number("limit", ctx.queryParam("limit"), 100), 1001);
        List<Map<String, Object>> log = wire.webhooks().log(client, limit).stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("url", d.url());
            row.put("seq", d.seq());
            row.put("attempt", d.attempt());
            row.put("at", d.at().toString());
            row.put("status", d.status());
            row.put("outcome", d.outcome());
            return row;
        }).toList();
        List<Map<String, Object>> endpoints = wire.webhooks().of(client.name()).stream().map(this::endpoint).toList();
        ctx.header("Cache-Control", "no-store").contentType("application/json; charset=utf-8")
                .result(Json.write(Map.of("webhooks", endpoints, "deliveries", log)));
    }

    private Map<String, Object> endpoint(Webhook w) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("url", w.url());
        row.put("enabled", w.enabled());
        row.put("disabledAt", w.disabledAt() == null ? null : w.disabledAt().toString());
        row.put("owed", wire.webhooks().owed(w));
        return row;
    }

    /** A whole number parameter, 0 or more; {@code fallback} when absent. */
    static long number(String name, String raw, long fallback) {
        if (raw == null || raw.isEmpty()) return fallback;
        if (!raw.matches("\\d{1,18}")) throw new InvalidInput(name + ": a whole number, 0 or more, got " + Echo.of(raw, 40));
        return Long.parseLong(raw);
    }

}
