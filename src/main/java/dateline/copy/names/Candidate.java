package dateline.copy.names;

import dateline.copy.text.Segment;

import dateline.story.Entity;
import java.util.Set;

/**
 * A name the finder read in one text, before the story's names are merged: tokens
 * [from, to) of a {@link Segment}. {@code kind} is null while only another mention can say what
 * it is ("Munir" is a person once "Asim Munir" is); {@code weak} kinds may be overridden so.
 *
 * @param titles role classes of the titles written with the name ("ambassador", "spokesman")
 * @param alias  another name the text gives it in parentheses ("CAAN"), or null
 */
public record Candidate(Segment segment, int from, int to, Entity.Kind kind, String canonical, boolean weak,
                 Set<String> titles, String alias) {

    String printed() { return segment.span(from, to); }

    int start() { return segment.tokens().get(from).start(); }

    int end() { return segment.tokens().get(to - 1).end(); }

    int tokenCount() { return to - from; }
}
