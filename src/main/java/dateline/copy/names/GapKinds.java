package dateline.copy.names;

import dateline.copy.lexicon.BundledList;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;
import dateline.story.Entity;

/**
 * Says what capitalised words no list knows are, from their shape and context alone: a given
 * name or a title makes a person, an apposition or a reporting verb too, "in X" a place, an
 * all-capital word an organisation. Returns null when nothing says, leaving the merge to decide.
 */
public final class GapKinds {
    /** Institutions named by one capitalised word ("Parliament", "Congress"); other heads need a name. */
    private static final java.util.Set<String> LEGISLATURES = java.util.Set.copyOf(BundledList.section("name-words.txt", "legislatures"));

    private static final java.util.Set<String> ARTICLES = java.util.Set.copyOf(BundledList.section("name-words.txt", "foreign articles"));

    private GapKinds() {}

    static Entity.Kind kindOf(Segment s, int a, int b) {
        return b - a == 1 ? kindOfWord(s, a) : kindOfPhrase(s, a, b);
    }

    private static Entity.Kind kindOfWord(Segment s, int a) {
        Token t = s.tokens().get(a);
        // An unknown acronym is an organisation when it acts as one ("the FNSEA said", "broadcaster
        // ERT"); otherwise ("NEV market") only when it abbreviates one the story names.
        if (t.allCaps()) return actsAsOrganisation(s, a) ? Entity.Kind.ORGANIZATION : null;
        if (NameCues.qualifiesTitle(s, a + 1) || isOpeningModifier(t)) return null;
        if (LEGISLATURES.contains(t.text()) && !t.sentenceStart()) return Entity.Kind.ORGANIZATION;
        if (NameCues.followsPlace(s, a) || NameCues.namedAsPlace(s, a, a + 1)) return Entity.Kind.PLACE;
        if (NameCues.titledBefore(s, a) || NameCues.hasApposition(s, a + 1)) return Entity.Kind.PERSON;
        if (NameCues.typedAsOrganisation(s, a + 1) && !t.sentenceStart()) return Entity.Kind.ORGANIZATION;
        if (NameCues.namesOrganisation(s, a) && !NameLexicon.isGivenName(t.text())) return Entity.Kind.ORGANIZATION;
        if (NameCues.afterLocative(s, a) && !NameLexicon.isGivenName(t.text())) return Entity.Kind.PLACE;
        // "Rescuers said": a capital that only opens the sentence makes no name; a mononym
        // there is still found when the story names its bearer again (the merge settles it).
        if (NameCues.speaks(s, a, a + 1) && !t.sentenceStart() && !isHeadAlone(t)) return Entity.Kind.PERSON;
        return null;
    }

    /** "the Centre said", "the Commission said": a head word standing alone is a body named by its kind, no person. */
    private static boolean isHeadAlone(Token t) {
        return HeadWords.isOrgHead(t.text()) || HeadWords.isPlaceHead(t.text());
    }

    private static Entity.Kind kindOfPhrase(Segment s, int a, int b) {
        if (NameCues.typedAsOrganisation(s, b)) return Entity.Kind.ORGANIZATION;
        if (NameCues.qualifiesTitle(s, b)) return null;
        if (NameCues.namedAsPlace(s, a, b)) return Entity.Kind.PLACE;
        if (NameCues.namesOrganisation(s, a) && !NameLexicon.isGivenName(s.tokens().get(a).text())) return Entity.Kind.ORGANIZATION;
        if (NameLexicon.isGivenName(s.tokens().get(a).text())) return Entity.Kind.PERSON;
        if (NameCues.titledBefore(s, a) || NameCues.hasApposition(s, b) || NameCues.speaks(s, a, b)) {
            return Entity.Kind.PERSON;
        }
        if (NameCues.afterLocative(s, a)) return Entity.Kind.PLACE;
        return isWeakPerson(s, a, b) ? Entity.Kind.PERSON : null;
    }

    /**
     * Two or three capitalised words no list knows, not after an article ("the Twin Towers") or
     * a possessive ("Apple's App Store"), without a plain word among them: in news prose most
     * such pairs are people.
     */
    static boolean isWeakPerson(Segment s, int a, int b) {
        if (b - a < 2 || b - a > 3 || NameCues.precededByArticle(s, a)) return false;
        Token before = s.token(a - 1);
        if (before != null && before.isPossessive()) return false;
        if (NameLexicon.isGivenName(s.tokens().get(a).text())) return false;
        // "La Ribera", "Los Altos", "Le Havre": an article opens places and titles, never a person's name.
        if (ARTICLES.contains(s.tokens().get(a).text())) return false;
        for (int i = a; i < b; i++) {
            Token t = s.tokens().get(i);
            if (!t.word() || Words.isCommon(t) || t.allCaps() || t.is("of") || isAbstractNoun(t.lower())) return false;
            if (HeadWords.isOrgHead(t.text()) || HeadWords.isPlaceHead(t.text())) return false;
        }
        return true;
    }

    private static boolean actsAsOrganisation(Segment s, int a) {
        if (s.tokens().get(a).text().length() < 3 || Words.isCommon(s.tokens().get(a))) return false;
        if (NameCues.namesOrganisation(s, a)) return true;
        Token after = s.token(a + 1);
        boolean standsAlone = after == null || !after.word() || Words.isReporting(after);
        return NameCues.precededByArticle(s, a) && standsAlone;
    }

    /** "Responding, ...", "Separately, ...": a participle or adverb opening the sentence. */
    private static boolean isOpeningModifier(Token t) {
        String lower = t.lower();
        return t.sentenceStart() && (lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("ly"));
    }

    /**
     * "Development", "Infrastructure", "Security": endings of nouns, not of people's names; and of
     * adjectives and plurals ("Traditional Affairs", "Technical Training", "Fair Admissions").
     */
    private static boolean isAbstractNoun(String lower) {
        for (String ending : new String[] {"tion", "ment", "ity", "ism", "ance", "ence", "ure", "ship", "ness", "ics",
                "ical", "ional", "ial", "ual", "ous", "ions"}) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) return true;
        }
        return false;
    }
}
