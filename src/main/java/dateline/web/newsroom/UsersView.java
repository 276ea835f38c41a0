package dateline.web.newsroom;

import dateline.web.pages.TimeView;
import java.util.List;

/**
 * The admin's list of users. {@code issued} is a one-time password just made, shown this once;
 * {@code error} a refusal of the add form.
 */
public record UsersView(DeskMeta meta, List<Row> users, String issuedFor, String issued, String error, String name,
                        String role) {

    public record Row(String name, String role, boolean mustChange, boolean hasToken, TimeView created) {}
}
