package dateline.web.newsroom;

import dateline.auth.Accounts;
import dateline.web.Site;
import dateline.web.Staff;
import dateline.web.Templates;
import io.javalin.http.Context;

/** {@code /admin/audit}: who did what, to which story and version, when; newest first. */
public final class AuditPage {
    private final Accounts accounts;
    private final Site site;
    private final Templates templates;

    public AuditPage(Accounts accounts, Site site, Templates templates) {
        this.accounts = accounts;
        this.site = site;
        this.templates = templates;
    }

    public void show(Context ctx) {
        var rows = accounts.auditLog(500).stream().map(e -> new AuditView.Row(site.time(e.at()), e.actor(), e.action(),
                e.storyId() == null ? null : "/newsroom/stories/" + e.storyId(),
                e.storyId() == null ? "" : e.storyId() + " v" + e.version(), e.detail() == null ? "" : e.detail())).toList();
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(templates.render("newsroom/audit.jte",
                new AuditView(DeskMeta.of("Audit log", Staff.of(ctx), null), rows)));
    }
}
