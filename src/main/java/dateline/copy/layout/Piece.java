package dateline.copy.layout;

/** One block or dropped line of copy, in reading order, with the part it plays in the story. */
public record Piece(String text, Role role) {
    enum Role { UNSORTED, BOILERPLATE, HEADLINE, STANDFIRST, PARAGRAPH, SUBHEADING }

    Piece as(Role newRole) { return new Piece(text, newRole); }
}
