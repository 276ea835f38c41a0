package dateline.copy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the story names its people and organisations in the body, in reading order, with what
 * the back-references need: whether a mention is quoted or possessive, whether the person speaks
 * there ("Fahmi also clarified"), the titles each person was given, and their likely sex.
 */
final class PersonIndex {
    /** One mention of an entity: tokens [from, to) of a body block. */
    record Mention(Entity entity, int block, int from, int to, boolean quoted, boolean possessive, boolean speaks) {
        boolean before(int b, int token) { return block < b || (block == b && from < token); }
    }

    private final List<Mention> people = new ArrayList<>();
    private final List<Mention> organisations = new ArrayList<>();
    private final Map<String, Set<String>> titles = new HashMap<>();

    PersonIndex(StoryText text, Entities entities) {
        for (Entity person : entities.people()) index(text, person, people);
        for (Entity org : entities.organizations()) index(text, org, organisations);
        Comparator.sort(people);
        Comparator.sort(organisations);
    }

    private void index(StoryText text, Entity entity, List<Mention> into) {
        Set<String> classes = titles.computeIfAbsent(entity.name(), k -> new HashSet<>());
        for (Entity.Mention m : entity.mentions()) {
            if (m.block() < 0 || m.block() >= text.blockCount() || !text.isParagraph(m.block())) continue;
            Segment s = text.segment(m.block());
            int from = text.tokenAt(m.block(), m.start());
            int to = text.tokenAt(m.block(), m.end());
            if (from >= to || to > s.tokens().size()) continue;
            Token next = s.token(to);
            boolean possessive = next != null && next.isPossessive();
            boolean speaks = NameCues.speaks(s, from, to) || NameCues.hasApposition(s, to) && speaksAfterApposition(s, to);
            into.add(new Mention(entity, m.block(), from, to, text.quoted(m.block(), from), possessive, speaks));
            if (entity.kind() == Entity.Kind.PERSON) classes.addAll(NameCues.titles(s, from, to));
        }
    }

    /** "Jagannath Niroula, a CAAN spokesperson, said". */
    private static boolean speaksAfterApposition(Segment s, int to) {
        for (int i = to + 1; i < s.tokens().size() && i < to + 12; i++) {
            if (s.tokens().get(i).is(",")) return s.token(i + 1) != null && Words.isReporting(s.token(i + 1).text());
        }
        return false;
    }

    List<Mention> people() { return people; }

    List<Mention> organisations() { return organisations; }

    Set<String> titlesOf(String name) { return titles.getOrDefault(name, Set.of()); }

    static NameLexicon.Sex sexOf(String name) {
        int space = name.indexOf(' ');
        return NameLexicon.sexOf(space < 0 ? name : name.substring(0, space));
    }

    /** Mentions in reading order. */
    private static final class Comparator {
        static void sort(List<Mention> mentions) {
            mentions.sort((x, y) -> x.block() != y.block() ? Integer.compare(x.block(), y.block()) : Integer.compare(x.from(), y.from()));
        }
    }
}
