package dateline.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves the speaker an attribution names to a canonical name: a person or organisation
 * named in it, or a back-reference ("he", "the diplomat", "the statement") to one named before.
 * Pronouns go to the latest compatible person who spoke; role nouns to the latest person with a
 * fitting title. Unresolvable attributions give null: never a guess.
 */
final class SpeakerResolver {
    private static final Set<String> DOCUMENTS = Set.of("statement", "report", "communique", "communiqué",
            "declaration", "letter", "document", "resolution", "release", "post", "tweet");
    private static final Set<String> GROUPS = Set.of("officials", "analysts", "experts", "sources", "residents",
            "witnesses", "observers", "critics", "activists", "lawmakers", "investigators", "diplomats", "villagers",
            "protesters", "doctors", "scientists", "researchers", "economists", "people");

    private final StoryText text;
    private final PersonIndex index;
    private final List<PersonIndex.Mention> spoke = new ArrayList<>();

    SpeakerResolver(StoryText text, PersonIndex index) {
        this.text = text;
        this.index = index;
    }

    String resolve(Attribution a) {
        PersonIndex.Mention person = first(index.people(), a);
        if (person != null) return spoken(person, a);
        String byReference = byReference(a);
        if (byReference != null) return byReference;
        PersonIndex.Mention org = first(index.organisations(), a);
        if (org != null) return org.entity().name();
        String described = OrganisationDescription.match(text.segment(a.block()), a.from(), a.to(), index.organisations());
        return described != null ? described : group(a);
    }

    private String spoken(PersonIndex.Mention person, Attribution a) {
        spoke.add(new PersonIndex.Mention(person.entity(), a.block(), a.from(), a.to(), false, false, true));
        return person.entity().name();
    }

    /** The first mention inside the attribution's window that is not possessive ("Qiongfen's husband"). */
    private static PersonIndex.Mention first(List<PersonIndex.Mention> mentions, Attribution a) {
        for (PersonIndex.Mention m : mentions) {
            if (m.block() == a.block() && m.from() >= a.from() && m.to() <= a.to() && !m.possessive()) return m;
        }
        return null;
    }

    /** A pronoun, role noun or document noun in the window, nearest the verb first. */
    private String byReference(Attribution a) {
        Segment s = text.segment(a.block());
        int step = a.inverted() ? 1 : -1;
        int i = a.inverted() ? a.from() : a.to() - 1;
        for (; i >= a.from() && i < a.to(); i += step) {
            Token t = s.tokens().get(i);
            if (!t.word() || text.quoted(a.block(), i)) continue;
            String lower = t.lower();
            if (lower.equals("he") || lower.equals("his")) return pronoun(NameLexicon.Sex.FEMALE, a);
            if (lower.equals("she") || lower.equals("her")) return pronoun(NameLexicon.Sex.MALE, a);
            if (!t.capitalised() && afterThe(s, i)) {
                if (DOCUMENTS.contains(lower)) return Documents.author(text, index, a.block(), a.from(), lower);
                if (TitleLexicon.isTitle(lower)) return role(lower, a);
            }
        }
        return null;
    }

    private static boolean afterThe(Segment s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token t = s.tokens().get(k);
            if (t.is("the") || t.is("The")) return true;
            if (!t.word()) return false;
        }
        return false;
    }

    /** The latest person who spoke (or, failing that, was named) before, not of the excluded sex. */
    private String pronoun(NameLexicon.Sex excluded, Attribution a) {
        PersonIndex.Mention latest = latest(a, excluded, true);
        if (latest == null) latest = latest(a, excluded, false);
        return latest == null ? null : spoken(latest, a);
    }

    private PersonIndex.Mention latest(Attribution a, NameLexicon.Sex excluded, boolean speakersOnly) {
        PersonIndex.Mention best = null;
        for (List<PersonIndex.Mention> list : List.of(index.people(), spoke)) {
            for (PersonIndex.Mention m : list) {
                if (!m.before(a.block(), a.from()) || m.quoted() || (speakersOnly && !m.speaks())) continue;
                if (excluded != null && PersonIndex.sexOf(m.entity().name()) == excluded) continue;
                if (best == null || best.before(m.block(), m.from())) best = m;
            }
        }
        return best;
    }

    /** "the ambassador": the latest person with a fitting title, else the latest who spoke. */
    private String role(String noun, Attribution a) {
        PersonIndex.Mention best = null;
        for (PersonIndex.Mention m : index.people()) {
            if (m.before(a.block(), a.from()) && !m.quoted() && TitleLexicon.fits(noun, index.titlesOf(m.entity().name()))) best = m;
        }
        if (best == null) best = latest(a, null, true);
        return best == null ? null : spoken(best, a);
    }

    /** "some analysts suggesting": sources the story does not name, described in its words. */
    private String group(Attribution a) {
        Segment s = text.segment(a.block());
        for (int i = a.to() - 1; i >= a.from(); i--) {
            Token t = s.tokens().get(i);
            if (t.word() && GROUPS.contains(t.lower()) && !text.quoted(a.block(), i)) {
                Token det = s.token(i - 1);
                String words = det != null && det.word() && !det.capitalised() && i - 1 >= a.from() ? s.span(i - 1, i + 1) : t.text();
                return words + " (unnamed)";
            }
        }
        return null;
    }
}
