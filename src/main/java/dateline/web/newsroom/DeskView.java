package dateline.web.newsroom;

import dateline.web.pages.TimeView;
import java.util.List;

/** The desk: a list per status of the stories in the newsroom. */
public record DeskView(DeskMeta meta, List<Group> groups) {

    public record Group(String id, String title, String empty, List<Row> rows) {}

    /** One story: {@code when} is its embargo time for scheduled ones, else its last change. */
    public record Row(String url, String headline, String slugline, Integer urgency, int version, TimeView when,
                      String lastActor) {}
}
