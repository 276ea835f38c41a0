package dateline.web.newsroom;

import dateline.web.Staff;

/**
 * What the newsroom layout needs of any page: its title, who is signed in (for the navigation
 * and the logout form's CSRF token), and a notice to show once (after an action), or null.
 */
public record DeskMeta(String title, String userName, String role, boolean admin, String csrf, String notice) {

    static DeskMeta of(String title, Staff staff, String notice) {
        return new DeskMeta(title + " | Dateline newsroom", staff.name(), staff.user().role().wireName(), staff.isAdmin(),
                staff.csrf(), notice);
    }

    /** A page for someone not signed in (login). */
    static DeskMeta anonymous(String title) {
        return new DeskMeta(title + " | Dateline newsroom", null, null, false, null, null);
    }
}
