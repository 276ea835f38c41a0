package dateline.web.browser;

import dateline.auth.Role;
import dateline.story.Actor;
import dateline.story.EditorFields;
import dateline.story.Newsroom;
import dateline.story.Story;
import dateline.web.RunningApp;
import dateline.web.Staffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The real app with a newsroom that shows all it can: a draft, a published story with a
 * correction (so its history has a diff), an embargoed story and a withdrawn one, and an admin
 * logged in through the form, whose session opens every newsroom page.
 */
final class NewsroomSite implements AutoCloseable {
    private final RunningApp app;
    private final Staffer admin;
    private final Story draft;
    private final Story published;

    NewsroomSite(Path dataDir) {
        this.app = new RunningApp(dataDir);
        this.admin = Staffer.loggedIn(app, "ada", Role.ADMIN);
        Newsroom newsroom = app.app().newsroom();
        Actor editor = new Actor("ada", true);
        this.draft = newsroom.createDraft(fields("Council weighs a winter ferry subsidy", "Bergen"), new Actor("ravi", false));
        Story story = newsroom.createDraft(fields("Ferries halted by ice in Oslo harbour", "Oslo"), editor);
        newsroom.publish(story.id(), 1, editor);
        EditorFields corrected = new EditorFields("Ferries halted by ice in Oslo's inner harbour", "The port expects them back by Friday",
                "Oslo", "world", "Ice closed the inner harbour on Tuesday.\n\n## What comes next\n\nThe quay reopens when the ice allows.",
                "By Anna Berg", "OSLO-FERRIES", 3);
        this.published = newsroom.correct(story.id(), 2, corrected, "An earlier version named the wrong harbour.", editor);
        Story held = newsroom.createDraft(fields("Budget figures under embargo", "Oslo"), editor);
        newsroom.embargo(held.id(), 1, Instant.now().plusSeconds(86_400), editor);
        Story doomed = newsroom.createDraft(fields("A report later withdrawn", "Tromsø"), editor);
        newsroom.publish(doomed.id(), 1, editor);
        newsroom.withdraw(doomed.id(), 2, "The report could not be confirmed.", editor);
    }

    static EditorFields fields(String headline, String place) {
        return new EditorFields(headline, "The port expects them back by Friday", place, "world",
                "Ice closed the harbour on Tuesday.\n\n## What comes next\n\nThe quay reopens when the ice allows.",
                "By Anna Berg", "OSLO-FERRIES", 3);
    }

    /** Every newsroom page by a short name, as an admin sees them. */
    static final List<String> PAGES = List.of("desk", "new-story", "draft", "published", "edit", "correct", "history",
            "users", "audit", "password");

    String path(String page) {
        return switch (page) {
            case "desk" -> "/newsroom";
            case "new-story" -> "/newsroom/new";
            case "draft" -> "/newsroom/stories/" + draft.id();
            case "published" -> "/newsroom/stories/" + published.id();
            case "edit" -> "/newsroom/stories/" + draft.id() + "/edit";
            case "correct" -> "/newsroom/stories/" + published.id() + "/correct";
            case "history" -> "/newsroom/stories/" + published.id() + "/history?from=1&to=3";
            case "users" -> "/admin/users";
            case "audit" -> "/admin/audit";
            case "password" -> "/password";
            default -> throw new IllegalArgumentException("no such newsroom page: " + page);
        };
    }

    String url(String path) { return "http://localhost:" + app.app().port() + path; }

    /** The page as the admin's session gets it. */
    String html(String path) { return admin.page(path).body(); }

    /** The login page, and the editor form sent back with a message next to each bad field. */
    String loginHtml() { return app.get("/login").body(); }

    String editorWithErrorsHtml() {
        return admin.form("/newsroom/new", "headline", "", "place", "", "section", "gossip", "body", "", "urgency", "9").body();
    }

    /** The value of the admin's session cookie, to give a browser. */
    String sessionCookieValue() { return admin.sessionCookie().substring(admin.sessionCookie().indexOf('=') + 1); }

    RunningApp app() { return app; }

    @Override
    public void close() { app.close(); }
}
