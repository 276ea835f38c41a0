package dateline.web.pages;

/** A time as a {@code <time>} element shows it: machine-readable ISO 8601 and the words for readers. */
public record TimeView(String iso, String text) {}
