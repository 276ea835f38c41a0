package dateline.web;

import dateline.story.StoryService;
import io.javalin.http.Context;

/**
 * {@code GET /healthz}: 200 with the change-log head when the store answers, for load balancers
 * and operators. <pre>curl http://localhost:8080/healthz</pre>
 */
public final class Health {
    private final StoryService stories;

    Health(StoryService stories) { this.stories = stories; }

    public void show(Context ctx) {
        ctx.contentType("application/json").result("{\"status\":\"ok\",\"seq\":" + stories.headSeq() + "}");
    }
}
