package dateline.story;

/** One block of a story's body, in reading order: a paragraph or a subheading. */
public record Block(Kind kind, String text) {
    public enum Kind { PARAGRAPH, SUBHEADING }

    public static Block paragraph(String text) { return new Block(Kind.PARAGRAPH, text); }

    public static Block subheading(String text) { return new Block(Kind.SUBHEADING, text); }

    public boolean isParagraph() { return kind == Kind.PARAGRAPH; }
}
