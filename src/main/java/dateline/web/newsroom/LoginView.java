package dateline.web.newsroom;

/** The login form; {@code csrf} matches the login cookie, {@code next} is where to go after. */
public record LoginView(DeskMeta meta, String name, String next, String csrf, String error) {}
