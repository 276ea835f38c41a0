package dateline.auth;

import java.util.Locale;

/** What a member of staff may do; each role may do everything the ones before it may. */
public enum Role {
    /** Creates and edits drafts. */
    REPORTER,
    /** Also publishes, updates, corrects, embargoes and withdraws. */
    EDITOR,
    /** Also manages users and reads the audit log. */
    ADMIN;

    public boolean allows(Role needed) { return compareTo(needed) >= 0; }

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    /** The role named {@code raw}; {@link BadAccountInput} naming the field otherwise. */
    public static Role parse(String raw) {
        for (Role role : values()) if (role.wireName().equals(raw)) return role;
        throw new BadAccountInput("role: one of reporter, editor, admin, got " + raw);
    }
}
