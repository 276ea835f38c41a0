package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.text.WordSet;

import dateline.story.Entity;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sports copy names clubs like towns: "Leeds keeper Karl Darlow", "Porto 5-2 Monaco", "Owen
 * joined Newcastle from Real Madrid". In a story that reads as a match report or transfer news,
 * a town the context makes a club is an organisation, and so are its other mentions there; the
 * town stays a place in general copy, and a country ("England manager") is never retyped.
 * A club's short name ("Celtics") is listed with the full one the story prints ("Boston Celtics").
 */
final class SportsCues {
    /** Asked of every word of the story, so ruled out by letter and length first. */
    private static final WordSet SIGN_WORDS = WordSet.of(BundledList.section("sports-words.txt", "sports signs"));
    private static final Set<String> PLAYERS = Set.copyOf(BundledList.section("sports-words.txt", "player roles"));
    private static final Set<String> ROLES = Set.copyOf(BundledList.section("sports-words.txt", "club roles"));
    private static final Set<String> MATCHES = Set.copyOf(BundledList.section("sports-words.txt", "match nouns"));
    private static final Set<String> PLAYS = Set.copyOf(BundledList.section("sports-words.txt", "play nouns"));
    private static final Set<String> LINKS = Set.of("and", "or", "v", "vs", "vs.", "versus", "play", "plays");
    private static final Set<String> JOINS = Set.copyOf(BundledList.section("sports-words.txt", "joining verbs"));
    private static final Set<String> WINS = Set.copyOf(BundledList.section("sports-words.txt", "beating verbs"));
    private static final Set<String> RESULTS = Set.copyOf(BundledList.section("sports-words.txt", "result nouns"));
    private static final Set<String> SUFFIXES = Set.copyOf(BundledList.section("sports-words.txt", "club suffixes"));
    private static final Set<String> CLUBS = clubs();
    /** A score written as one token ("3-1", "117–96"), and a side's goals or points ("3", "117"). */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-–]\\d{1,3}");
    private static final Pattern POINTS = Pattern.compile("\\d{1,3}");
    private static final Pattern GOALS = Pattern.compile("\\d{1,2}");

    private SportsCues() {}

    /** Retypes, in place, the towns a story uses as clubs. */
    static void retype(List<Candidate> candidates, Lexicon lexicon) {
        boolean sports = isSportsStory(candidates);
        if (sports) candidates.replaceAll(c -> isPlayer(c, lexicon) ? Candidate.person(c.segment(), c.from(), c.to(), false) : c);
        Set<String> clubs = new HashSet<>();
        Map<String, String> fuller = new HashMap<>();
        Map<Segment, Map<Integer, Candidate>> known = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            if (!isKnownClub(c)) continue;
            if (!fuller.containsValue(c.canonical())) fullerForms(c.canonical(), fuller);
            Map<Integer, Candidate> at = known.computeIfAbsent(c.segment(), k -> new HashMap<>());
            at.put(c.from(), c);
            at.put(-c.to() - 1, c);
        }
        for (Candidate c : candidates) {
            if (isTown(c) && (clubCued(c, known.getOrDefault(c.segment(), Map.of())) || sports && cued(c))) clubs.add(c.canonical());
        }
        if (!sports && clubs.isEmpty()) return;
        candidates.replaceAll(c -> {
            String full = sports ? fuller.get(c.canonical()) : null;
            boolean club = full != null && (c.kind() == Entity.Kind.ORGANIZATION || isTown(c)) || isTown(c) && clubs.contains(c.canonical());
            // "the MP for Tottenham" stays a place in a story that also names the club
            if (!club || NameCues.constituency(c.segment(), c.from())) return c;
            String name = full != null ? full : c.canonical();
            return new Candidate(c.segment(), c.from(), c.to(), Entity.Kind.ORGANIZATION, name, false, Set.of(), c.alias());
        });
    }

    /**
     * "an early goal from Todd Cantwell", "a third goal through Sakala", "a save from Lloris",
     * "Ezgjan Alioski's cross": in a match report a name no list knows, read as a place for the
     * "from" before it, is the player the play came from.
     */
    private static boolean isPlayer(Candidate c, Lexicon lexicon) {
        if (c.kind() != Entity.Kind.PLACE || c.tokenCount() > 3 || lexicon.lookup(c.canonical()) != null) return false;
        Segment s = c.segment();
        Token before = s.token(c.from() - 1);
        Token play = s.token(c.from() - 2);
        if (before != null && (before.is("from") || before.is("through")) && play != null && play.word() && PLAYS.contains(play.lower())) return true;
        Token possessive = s.token(c.to());
        Token after = s.token(c.to() + 1);
        return possessive != null && possessive.isPossessive() && after != null && after.word() && PLAYS.contains(after.lower());
    }

    private static boolean isKnownClub(Candidate c) {
        return c.kind() == Entity.Kind.ORGANIZATION && CLUBS.contains(c.canonical());
    }

    /**
     * Cues that hold in any copy: "Porto centre-back Felipe", "the derby against Tottenham",
     * "watch Arsenal play Manchester City and Porto" (a town listed among clubs).
     */
    private static boolean clubCued(Candidate c, Map<Integer, Candidate> knownClubs) {
        Segment s = c.segment();
        Token after = s.token(c.to());
        if (after != null && after.isPossessive()) after = s.token(c.to() + 1);
        if (after != null && after.word() && !after.capitalised() && PLAYERS.contains(after.lower())) return true;
        Token against = s.token(c.from() - 1);
        Token match = s.token(c.from() - 2);
        if (against != null && (against.is("against") || against.is("versus")) && match != null && match.word() && MATCHES.contains(match.lower())) return true;
        if (c.kind() != Entity.Kind.PLACE) return false;
        Token before = s.token(c.from() - 1);
        Token next = s.token(c.to());
        // known clubs by where they start, and by where they end (as -end - 1)
        if (before != null && linked(before, next) && knownClubs.containsKey(-(c.from() - 1) - 1)) return true;
        return next != null && linked(next, before) && knownClubs.containsKey(c.to() + 1);
    }

    /** "Arsenal and Porto", "Arsenal v Porto"; a comma only inside a list ("Arsenal, Porto and ..."). */
    private static boolean linked(Token link, Token otherSide) {
        if (LINKS.contains(link.text())) return true;
        return link.is(",") && otherSide != null && (otherSide.is(",") || otherSide.is("and"));
    }

    /**
     * "Leeds" beside "Leeds United", "Celtics" beside "Boston Celtics", "Porto" beside "FC Porto":
     * the short forms of a club the story names in full.
     */
    private static void fullerForms(String club, Map<String, String> fuller) {
        String[] words = club.split(" ");
        if (words.length < 2) return;
        String last = words[words.length - 1];
        String first = words[0];
        if (SUFFIXES.contains(last)) fuller.putIfAbsent(club.substring(0, club.length() - last.length() - 1), club);
        if (SUFFIXES.contains(first)) fuller.putIfAbsent(club.substring(first.length() + 1), club);
        for (String shorter : CLUBS) {
            if (club.endsWith(" " + shorter)) fuller.putIfAbsent(shorter, club);
        }
    }

    /** A town the lists know or a name only the context can type; never a country. */
    private static boolean isTown(Candidate c) {
        boolean unsure = c.kind() == null || c.kind() == Entity.Kind.PERSON && c.weak() && c.titles().isEmpty();
        if (c.kind() != Entity.Kind.PLACE && !unsure) return false;
        // an unread name may be a club ("Tottenham's hopes") but never one with a first name
        if (c.kind() != Entity.Kind.PLACE && !endsAsClub(c) && (c.tokenCount() > 1 || NameLexicon.isGivenName(c.segment().tokens().get(c.from()).text()))) return false;
        return c.tokenCount() <= 3 && Words.adjectiveOf(c.canonical()) == null && !Words.isDemonym(c.canonical());
    }

    /** "Jamshedpur FC", "FC Pune City": a name a club's suffix opens or ends. */
    private static boolean endsAsClub(Candidate c) {
        List<Token> tokens = c.segment().tokens();
        return c.tokenCount() > 1 && (SUFFIXES.contains(tokens.get(c.from()).text()) || SUFFIXES.contains(tokens.get(c.to() - 1).text()));
    }

    /** Match reports and transfer news: several sports words, or a score, in the story's texts. */
    private static boolean isSportsStory(List<Candidate> candidates) {
        // by identity: a segment's own hash reads all its tokens
        Set<Segment> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int signs = 0;
        for (Candidate c : candidates) {
            if (!seen.add(c.segment())) continue;
            List<Token> tokens = c.segment().tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).word() && SIGN_WORDS.containsLower(tokens.get(i))) signs++;
                else if (scoreAt(c.segment(), i) > 0) signs++;
                if (signs >= 3) return true;
            }
        }
        return false;
    }

    private static boolean cued(Candidate c) {
        return roleAfter(c) || joinedBefore(c) || inScoreLine(c) || beatenBefore(c) || recordAfter(c);
    }

    /** "Boston (32-18)": a team's won-lost record after its name; "Toronto's loss", a result. */
    private static boolean recordAfter(Candidate c) {
        Segment s = c.segment();
        Token open = s.token(c.to());
        if (open != null && open.is("(")) {
            int end = scoreAt(s, c.to() + 1);
            return end > 0 && s.token(end) != null && s.token(end).is(")");
        }
        Token result = s.token(c.to() + 1);
        return open != null && open.isPossessive() && result != null && result.word() && RESULTS.contains(result.lower());
    }

    /** "Leeds keeper Karl Darlow", "Rangers manager", "Porto's centre-back", "Porto fans". */
    private static boolean roleAfter(Candidate c) {
        Segment s = c.segment();
        int i = c.to();
        Token t = s.token(i);
        if (t != null && t.isPossessive()) t = s.token(++i);
        return t != null && t.word() && !t.capitalised() && ROLES.contains(t.lower());
    }

    /** "joined Newcastle from Real Madrid", "signed for Celtic", "on loan at Blackburn". */
    private static boolean joinedBefore(Candidate c) {
        Segment s = c.segment();
        Token before = s.token(c.from() - 1);
        if (before == null || !before.word()) return false;
        if (JOINS.contains(before.lower())) return true;
        Token verb = s.token(c.from() - 2);
        if (verb == null || !verb.word()) return false;
        if ((before.is("for") || before.is("from")) && (verb.lower().startsWith("sign") || verb.is("loan"))) return true;
        if (before.is("at") && verb.is("loan")) return true;
        // "joined Newcastle from Real Madrid": the club he left
        if (before.is("from")) {
            for (int k = c.from() - 3, n = 0; k >= 0 && n < 4; k--, n++) {
                Token w = s.token(k);
                if (w.word() && JOINS.contains(w.lower())) return true;
                if (!w.word() || !w.capitalised()) break;
            }
        }
        return false;
    }

    /** "Leeds 3 Spurs 1", "Porto 5-2 Monaco", "Leeds 3 (Dallas 13 ...)". */
    private static boolean inScoreLine(Candidate c) {
        Segment s = c.segment();
        if (scoreAt(s, c.to()) > 0 || endsScore(s, c.from())) return true;
        Token goals = s.token(c.to());
        Token next = s.token(c.to() + 1);
        if (goals == null || next == null || !GOALS.matcher(goals.text()).matches()) return false;
        if (next.is("(")) return true;
        // "Leeds 3 Spurs 1": a second name with its own number
        int i = c.to() + 1;
        while (s.token(i) != null && s.token(i).capitalised()) i++;
        Token other = s.token(i);
        return i > c.to() + 1 && other != null && GOALS.matcher(other.text()).matches();
    }

    /** "Tottenham beat Leeds 2-1", "a 3-0 win over Rangers", "a defeat to Celtic". */
    private static boolean beatenBefore(Candidate c) {
        Segment s = c.segment();
        Token verb = s.token(c.to());
        if (verb != null && verb.word() && WINS.contains(verb.lower()) && scoreWithin(s, c.to() + 1, 5)) return true;
        Token before = s.token(c.from() - 1);
        if (before == null) return false;
        if (before.word() && WINS.contains(before.lower())) return scoreWithin(s, c.to(), 3);
        Token noun = s.token(c.from() - 2);
        boolean linked = before.is("over") || before.is("against") || before.is("to") || before.is("with") || before.is("by");
        return linked && noun != null && noun.word() && RESULTS.contains(noun.lower());
    }

    private static boolean scoreWithin(Segment s, int from, int reach) {
        for (int i = from; i < from + reach && i < s.tokens().size(); i++) {
            if (scoreAt(s, i) > 0) return true;
            Token t = s.token(i);
            if (t.is(".") || t.is(";")) return false;
        }
        return false;
    }

    /** The end of a score "3-1" / "3 - 1" / "117-96" written from token i, or -1. */
    private static int scoreAt(Segment s, int i) {
        Token t = s.token(i);
        // asked of every token of a story: most have no digit, told without cutting their text
        if (t == null || !t.hasDigit()) return -1;
        String text = t.text();
        if (SCORE.matcher(text).matches()) return i + 1;
        if (!POINTS.matcher(text).matches()) return -1;
        Token dash = s.token(i + 1);
        Token other = s.token(i + 2);
        boolean joined = dash != null && (dash.is("-") || dash.is("–")) && other != null && POINTS.matcher(other.text()).matches();
        return joined ? i + 3 : -1;
    }

    private static boolean endsScore(Segment s, int to) {
        for (int from = Math.max(0, to - 3); from < to; from++) if (scoreAt(s, from) == to) return true;
        return false;
    }

    private static Set<String> clubs() {
        Set<String> names = new HashSet<>();
        for (String line : BundledList.section("sports-clubs.txt", "clubs")) names.add(line.split("\\|")[0]);
        return Set.copyOf(names);
    }
}
