package dateline.copy.quotes;

import dateline.copy.names.Entities;
import dateline.copy.names.NameCues;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import dateline.story.Entity;
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
public final class PersonIndex {
    /**
     * One mention of an entity: tokens [from, to) of a body block. {@code salient}: the person
     * speaks there ("Fahmi also clarified") or is the subject its sentence opens with, which is
     * what "he" and "the minister" in the next sentences most often mean.
     */
    record Mention(Entity entity, int block, int from, int to, boolean quoted, boolean possessive, boolean salient) {
        boolean before(int b, int token) { return block < b || (block == b && from < token); }
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.copyOf(dateline.copy.lexicon.BundledList.section("grammar-words.txt", "subject pronouns"));

    private final List<Mention> people = new ArrayList<>();
    private final List<Mention> organisations = new ArrayList<>();
    private final List<Mention> places = new ArrayList<>();
    private final Map<String, Set<String>> titles = new HashMap<>();
    private final StoryText text;
    private final List<String> organisationNames = new ArrayList<>();
    private final List<Entity> named;

    PersonIndex(StoryText text, Entities entities) {
        this.text = text;
        this.named = entities.people();
        for (Entity person : entities.people()) index(text, person, people);
        for (Entity org : entities.organizations()) index(text, org, organisations);
        for (Entity org : entities.organizations()) organisationNames.add(org.name());
        for (Entity place : entities.places()) index(text, place, places);
        Comparator.sort(people);
        Comparator.sort(organisations);
        Comparator.sort(places);
        markSubjects(text);
    }

    /**
     * A person named by a surname alone that two or more of the story's people share ("Harris"
     * in a story about Kamala Harris and her parents): the one the headline names, as the story
     * is about them; null when it names more than one. When it names none, the mention as the
     * names stage read it (the latest of them named before, as "Her daughter, Carol Ellis, said
     * ... Ms Ellis said"); so is any other mention.
     */
    Mention bySurname(Mention m) {
        if (m.to() - m.from() != 1) return m;
        String word = text.segment(m.block()).tokens().get(m.from()).text();
        List<Entity> sharing = new ArrayList<>();
        for (Entity e : named) if (e.name().equals(word) || e.name().endsWith(" " + word)) sharing.add(e);
        if (sharing.size() < 2) return m;
        Entity headlined = null;
        for (Entity e : sharing) {
            if (e.mentions().stream().noneMatch(x -> x.block() == Entity.Mention.HEADLINE)) continue;
            if (headlined != null) return null;
            headlined = e;
        }
        return headlined == null ? m : new Mention(headlined, m.block(), m.from(), m.to(), m.quoted(), m.possessive(), m.salient());
    }

    /** The one person block {@code b} names before token {@code before}, outside quotes; null when none or several. */
    Mention onlyNamed(int b, int before) {
        Mention found = null;
        for (int i = indexAt(people, b, 0); i < people.size(); i++) {
            Mention m = people.get(i);
            if (m.block() != b || m.from() >= before) break;
            if (m.quoted()) continue;
            if (found != null && !found.entity().name().equals(m.entity().name())) return null;
            found = m;
        }
        return found;
    }

    /** A person named first in a sentence, within its opening words, is its subject. */
    private void markSubjects(StoryText text) {
        for (int i = 0; i < people.size(); i++) {
            Mention m = people.get(i);
            if (m.salient() || m.quoted() || m.possessive()) continue;
            int start = sentenceStart(text.segment(m.block()), m.from());
            Mention previous = i > 0 ? people.get(i - 1) : null;
            boolean first = previous == null || previous.block() != m.block() || previous.to() <= start;
            if (start >= 0 && first && !clauseBefore(text.segment(m.block()), start, m.from())) {
                people.set(i, new Mention(m.entity(), m.block(), m.from(), m.to(), false, false, true));
            }
        }
    }

    /**
     * "He said Zuma-Sambudla had been ...": a pronoun or reporting verb before the name in its
     * sentence means the sentence's subject is someone else; the name opens reported speech.
     */
    private static boolean clauseBefore(Segment s, int start, int from) {
        for (int k = start; k < from; k++) {
            Token t = s.tokens().get(k);
            if (t.word() && (SUBJECT_PRONOUNS.contains(t.lower()) || Words.isReporting(t))) return true;
        }
        return false;
    }

    /** The sentence start at most ten tokens before {@code from}, or -1 when it is further. */
    private static int sentenceStart(Segment s, int from) {
        for (int k = from; k >= 0 && k >= from - 10; k--) {
            Token t = s.tokens().get(k);
            if (k == 0 || t.sentenceStart()) return k;
        }
        return -1;
    }

    private void index(StoryText text, Entity entity, List<Mention> into) {
        for (Entity.Mention m : entity.mentions()) {
            if (m.block() < 0 || m.block() >= text.blockCount() || !text.isParagraph(m.block())) continue;
            Segment s = text.segment(m.block());
            int from = text.tokenAt(m.block(), m.start());
            int to = text.tokenAt(m.block(), m.end());
            if (from >= to || to > s.tokens().size()) continue;
            Token next = s.token(to);
            boolean possessive = next != null && next.isPossessive();
            boolean speaks = NameCues.speaks(s, from, to) && !reportedAfterSubject(s, from)
                    || NameCues.hasApposition(s, to) && speaksAfterApposition(s, to)
                    || titledBefore(s, from, to);
            into.add(new Mention(entity, m.block(), from, to, text.quoted(m.block(), from), possessive, speaks));
        }
    }

    /** "He said Zuma-Sambudla had ...": after "he said" a name opens what was said; only ", said X" is X speaking. */
    private static boolean reportedAfterSubject(Segment s, int from) {
        Token verb = s.token(from - 1);
        Token subject = s.token(from - 2);
        return verb != null && Words.isReporting(verb) && subject != null && subject.word() && SUBJECT_PRONOUNS.contains(subject.lower());
    }

    /**
     * "MEC for Cooperative Governance, Jacob Mamabolo, said": a name set off by commas after its
     * title, right before the verb, is the verb's subject.
     */
    private static boolean titledBefore(Segment s, int from, int to) {
        Token before = s.token(from - 1);
        Token comma = s.token(to);
        Token verb = s.token(to + 1);
        return before != null && before.is(",") && comma != null && comma.is(",") && verb != null
                && verb.word() && !verb.capitalised() && Words.isReporting(verb) && !verb.lower().endsWith("ing");
    }

    /** "Jagannath Niroula, a CAAN spokesperson, said". */
    private static boolean speaksAfterApposition(Segment s, int to) {
        for (int i = to + 1; i < s.tokens().size() && i < to + 12; i++) {
            if (s.tokens().get(i).is(",")) return s.token(i + 1) != null && Words.isReporting(s.token(i + 1));
        }
        return false;
    }

    List<Mention> people() { return people; }

    List<Mention> organisations() { return organisations; }

    /** Places named in the body, in reading order: a country or capital may speak for its government. */
    List<Mention> places() { return places; }

    /** The first mention of {@code mentions} at or after token {@code token} of block {@code block}. */
    static int indexAt(List<Mention> mentions, int block, int token) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).before(block, token)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The first mention inside tokens [from, to) of a block that satisfies {@code wanted}, or null. */
    static Mention firstWithin(List<Mention> mentions, int block, int from, int to, java.util.function.Predicate<Mention> wanted) {
        for (int i = indexAt(mentions, block, from); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.block() != block || m.from() >= to) return null;
            if (m.to() <= to && wanted.test(m)) return m;
        }
        return null;
    }

    /**
     * The latest mention before a position that satisfies {@code wanted}, looking back at most
     * {@code reach} mentions: a back-reference points to something recent, and the bound keeps
     * resolving every quote of a long story linear.
     */
    static Mention latestBefore(List<Mention> mentions, int block, int token, int reach, java.util.function.Predicate<Mention> wanted) {
        int start = indexAt(mentions, block, token) - 1;
        for (int i = start; i >= 0 && i > start - reach; i--) {
            if (wanted.test(mentions.get(i))) return mentions.get(i);
        }
        return null;
    }

    List<String> organisationNames() { return organisationNames; }

    /** The role classes of every title the story gives the person, read when first asked for. */
    Set<String> titlesOf(String name) {
        if (titles.isEmpty()) {
            // One pass over every mention, on the first role noun: most stories never need it.
            for (Mention m : people) {
                titles.computeIfAbsent(m.entity().name(), k -> new HashSet<>())
                        .addAll(NameCues.titles(text.segment(m.block()), m.from(), m.to()));
            }
        }
        return titles.getOrDefault(name, Set.of());
    }

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
