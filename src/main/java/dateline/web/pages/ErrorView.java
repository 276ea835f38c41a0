package dateline.web.pages;

/** A page that says what went wrong in words a reader can act on. */
public record ErrorView(PageMeta meta, String title, String message) {}
