package dateline.web.newsroom;

import dateline.web.pages.TimeView;
import java.util.List;

/** The newest lines of the audit log. */
public record AuditView(DeskMeta meta, List<Row> rows) {

    /** {@code storyUrl} links a story action to the story; null for account actions. */
    public record Row(TimeView time, String actor, String action, String storyUrl, String story, String detail) {}
}
