package dateline.web.pages;

import java.util.List;

/** The revision history page: every version of a story with its time. */
public record HistoryView(PageMeta meta, String headline, String storyUrl, List<Row> rows) {

    /** {@code note}: a correction's or withdrawal's note, as readers saw it; or null. */
    public record Row(int version, String change, TimeView time, String headline, String note) {}
}
