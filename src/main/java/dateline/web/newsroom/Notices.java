package dateline.web.newsroom;

import java.util.Map;

/**
 * The one-line notices a page shows after an action redirected to it ({@code ?done=published}).
 * Only these fixed texts: nothing from the address is ever shown.
 */
final class Notices {
    private static final Map<String, String> TEXT = Map.of(
            "created", "Draft saved.",
            "saved", "Changes saved as a new version.",
            "published", "Published: the story is on All news now.",
            "corrected", "Correction published; its note is on the article.",
            "embargoed", "Embargoed: the story will be published at its time.",
            "withdrawn", "Withdrawn: the article now answers 410 Gone with your note.",
            "password", "Your password is set.");

    private Notices() {}

    static String of(String done) {
        return done == null ? null : TEXT.get(done);
    }
}
