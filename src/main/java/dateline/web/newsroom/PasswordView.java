package dateline.web.newsroom;

/** The form to choose a password; {@code oneTime} when the present one must be replaced. */
public record PasswordView(DeskMeta meta, boolean oneTime, String error) {}
