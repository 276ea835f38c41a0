package dateline.web.pages;

import java.util.List;

/** The revision history page: every version of a story with its time. */
public record HistoryView(PageMeta meta, String headline, String storyUrl, List<Row> rows) {

    public record Row(int version, String change, TimeView time, String headline) {}
}
