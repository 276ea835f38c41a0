package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;
import dateline.copy.lexicon.HeadWords;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speakers that are documents: "the statement said" refers back to "a joint statement by the
 * European Commission and EU diplomacy chief Kaja Kallas", whose authors speak through it. The
 * speaker is named as its authors with the document in parentheses.
 */
public final class Documents {
    /** How many tokens back the document may be named. */
    private static final int REACH = 3000;
    /** "BAKER CITY, Ore. -": a dateline is a few capitalised words and a dash. */
    private static final int DATELINE_TOKENS = 8;
    /** Words that join the names of several authors, or place one ("NORC at the University of Chicago"). */
    private static final Set<String> JOINERS = Set.of("and", "at", "the", "of");
    private static final Set<String> DOCUMENTS = Set.copyOf(BundledList.section("speaker-words.txt", "documents"));
    private static final Set<String> EXAMINING = Set.copyOf(BundledList.section("speaker-words.txt", "examining documents"));
    private static final Set<String> ISSUING = Set.copyOf(BundledList.section("speaker-words.txt", "issuing verbs"));

    private Documents() {}

    /**
     * "The Conservatives' letter to the commissioner said", "Smith's statement said", "a note from
     * Numis said": a document owned or written by a name speaks for it; the owner with the
     * document in parentheses.
     */
    static String ownerNamedIn(StoryText text, PersonIndex index, Attribution a) {
        if (a.inverted()) return null;
        Segment s = text.segment(a.block());
        for (List<PersonIndex.Mention> list : List.of(index.organisations(), index.people(), index.places())) {
            PersonIndex.Mention m = PersonIndex.firstWithin(list, a.block(), a.from(), a.to(), PersonIndex.Mention::possessive);
            if (m == null) continue;
            // "Israel's written submission": a lower-case word or two may qualify the document.
            for (int k = m.to() + 1; k < a.to() && k <= m.to() + 3; k++) {
                Token t = s.tokens().get(k);
                if (!t.word() || t.capitalised()) break;
                if (DOCUMENTS.contains(t.lower())) return m.entity().name() + " (" + t.lower() + ")";
            }
        }
        // "A note from Numis Securities said", "a statement by the ministry said": the document's author.
        for (List<PersonIndex.Mention> list : List.of(index.organisations(), index.people())) {
            PersonIndex.Mention m = PersonIndex.firstWithin(list, a.block(), a.from(), a.to(), x -> !x.possessive() && !x.quoted());
            if (m == null) continue;
            int k = m.from() - 1;
            if (s.token(k) != null && s.token(k).is("the")) k--;
            Token by = s.token(k);
            Token noun = s.token(k - 1);
            if (by != null && noun != null && k - 1 >= a.from() && (by.is("from") || by.is("by")) && DOCUMENTS.contains(noun.lower())) {
                return m.entity().name() + " (" + noun.lower() + ")";
            }
        }
        return null;
    }

    /** The authors of the latest "{noun} by|from|of ..." before the attribution, or null. */
    static String author(StoryText text, PersonIndex index, int block, int before, String noun) {
        int budget = REACH;
        for (int b = block; b >= 0 && budget > 0; b--) {
            Segment s = text.segment(b);
            int end = b == block ? before : s.tokens().size();
            for (int i = end - 2; i >= 0 && budget-- > 0; i--) {
                Token t = s.tokens().get(i);
                Token by = s.tokens().get(i + 1);
                // "a study of 500 patients": "of" names what a study examines, not who wrote it.
                boolean of = by.is("of") && !EXAMINING.contains(noun);
                if (t.lower().equals(noun) && (by.is("by") || by.is("from") || of)) {
                    return named(text, index, b, i, i + 2, noun);
                }
                // "a joint study published by X and Y": the authors after a participle of issuing.
                Token after = s.token(i + 2);
                if (t.lower().equals(noun) && ISSUING.contains(by.lower()) && after != null && after.is("by")) {
                    return named(text, index, b, i, i + 3, noun);
                }
                if (t.lower().equals(noun) && isIssuedIn(s, i)) return issuer(text, index, b, i);
                if (t.lower().equals(noun)) {
                    String owner = owner(index, b, i, s);
                    if (owner != null) return owner + " (" + noun + ")";
                    String body = bodyQualifier(s, i);
                    if (body != null) return body + " (" + noun + ")";
                    String issued = issuedBy(text, index, b, i);
                    if (issued == null) issued = describedIssuer(text, index, b, i, block, before);
                    if (issued != null) return issued + " (" + noun + ")";
                    // "the Finnish online brochure": another document, qualified, was named since.
                    if (qualified(s, i)) return null;
                }
            }
        }
        return null;
    }

    private static String named(StoryText text, PersonIndex index, int b, int nounAt, int from, String noun) {
        int end = from;
        while (end < text.segment(b).tokens().size() && !text.endsSentence(b, end) && end < nounAt + 30) end++;
        List<PersonIndex.Mention> authors = new ArrayList<>();
        for (List<PersonIndex.Mention> list : List.of(index.organisations(), index.people())) {
            for (int i = PersonIndex.indexAt(list, b, from); i < list.size(); i++) {
                PersonIndex.Mention m = list.get(i);
                if (m.block() != b || m.from() >= end) break;
                if (m.to() <= end && !m.possessive() && !modifies(text.segment(b), m)) authors.add(m);
            }
        }
        if (authors.isEmpty()) return null;
        authors.sort((x, y) -> Integer.compare(x.from(), y.from()));
        List<String> names = new ArrayList<>();
        for (PersonIndex.Mention m : authors) if (!names.contains(m.entity().name())) names.add(m.entity().name());
        Token adjective = text.segment(b).token(nounAt - 1);
        String document = adjective != null && adjective.is("joint") ? "joint " + noun : noun;
        String written = asWritten(text.segment(b), authors);
        return (written != null ? written : String.join(" and ", names)) + " (" + document + ")";
    }

    /**
     * "X Foundation and NORC at the University of Chicago": authors written as one run of names
     * and joiners, some of which the names stage did not find, are named as the story writes them.
     */
    private static String asWritten(Segment s, List<PersonIndex.Mention> authors) {
        int from = authors.get(0).from();
        int to = authors.get(authors.size() - 1).to();
        boolean missed = false;
        for (int k = from; k < to; k++) {
            Token t = s.tokens().get(k);
            if (!t.word()) return null;
            int at = k;
            if (t.capitalised()) missed |= authors.stream().noneMatch(m -> m.from() <= at && at < m.to());
            else if (!JOINERS.contains(t.lower())) return null;
        }
        return missed ? s.span(from, to) : null;
    }

    /** "the Finnish online brochure", not just "the brochure": a document told apart from others. */
    private static boolean qualified(Segment s, int noun) {
        Token before = s.token(noun - 1);
        if (before == null || !before.word()) return false;
        String b = before.lower();
        return !(b.equals("the") || b.equals("this") || b.equals("that") || b.equals("a") || b.equals("an") || b.equals("its")
                || b.equals("their") || b.equals("his") || b.equals("her") || b.equals("joint"));
    }

    /**
     * "Sweden's Civil Contingencies Agency will mail an updated version of the \"...\" brochure":
     * the body that opens the sentence (a possessive or article may come first) and a verb of issuing ({@code issuing verbs}) before the
     * document made it, so "the brochure says" later is that body's; "Reuters obtained the
     * letter" names no author.
     */
    private static String issuedBy(StoryText text, PersonIndex index, int b, int noun) {
        Segment s = text.segment(b);
        int start = sentenceStart(text, b, noun);
        int from = start;
        PersonIndex.Mention body = PersonIndex.firstWithin(index.organisations(), b, start, noun,
                m -> !m.quoted() && m.from() <= from + 3 && !m.possessive());
        if (body == null) return null;
        for (int k = body.to(); k < noun; k++) {
            Token t = s.tokens().get(k);
            if (text.quoted(b, k)) continue;
            if (t.word() && ISSUING.contains(t.lower())) return body.entity().name();
        }
        return null;
    }

    /**
     * "The new House committee on China sent a letter": a body the sentence opens with only
     * described, a lower-case head among its words, then a verb of issuing before the document;
     * the issuer is the organisation the story names in full before the attribution whose name
     * has that head and every capitalised word before it ("House Select Committee").
     */
    private static String describedIssuer(StoryText text, PersonIndex index, int b, int noun, int block, int before) {
        Segment s = text.segment(b);
        int start = afterDateline(s, sentenceStart(text, b, noun), noun);
        if (!s.tokens().get(start).lower().equals("the")) return null;
        int verb = start + 1;
        while (verb < noun && !ISSUING.contains(s.tokens().get(verb).lower())) verb++;
        if (verb == noun || verb - start > 7 || text.quoted(b, verb)) return null;
        List<String> words = new ArrayList<>();
        String head = null;
        for (int k = start + 1; k < verb; k++) {
            Token t = s.tokens().get(k);
            if (!t.word()) return null;
            // "on China" after the head is its remit, which the full name may word otherwise.
            if (t.capitalised() && head == null) words.add(t.lower());
            else if (head == null && HeadWords.isOrgHead(BodyReferences.capitalised(t.text()))) head = t.lower();
        }
        if (head == null) return null;
        words.add(head);
        PersonIndex.Mention org = PersonIndex.latestBefore(index.organisations(), block, before, SpeakerResolver.REACH, m -> {
            String name = " " + m.entity().name().toLowerCase(Locale.ROOT) + " ";
            return !m.quoted() && words.stream().allMatch(w -> name.contains(" " + w + " "));
        });
        return org == null ? null : org.entity().name();
    }

    /** "WASHINGTON - The new committee ...": where the sentence starts after a dateline that opens the paragraph. */
    private static int afterDateline(Segment s, int start, int noun) {
        if (start != 0) return start;
        for (int k = 0; k < noun && k < DATELINE_TOKENS; k++) {
            Token t = s.tokens().get(k);
            if (AttributionFinder.isDash(t)) return k + 1;
            if (t.word() && !t.capitalised()) return start;
        }
        return start;
    }

    /** "the cabinet statement", "the ministry's statement": a body the story names only by its lower-case noun, or null. */
    private static String bodyQualifier(Segment s, int noun) {
        int at = noun - 1;
        if (s.token(at) != null && s.token(at).isPossessive()) at--;
        Token body = s.token(at);
        Token the = s.token(at - 1);
        boolean named = body != null && the != null && body.word() && !body.capitalised() && the.lower().equals("the");
        return named && UnnamedBodies.isBody(body.lower()) ? body.lower() : null;
    }

    /** "the Conservatives' letter": the name whose possessive stands right before the noun, or null. */
    private static String owner(PersonIndex index, int b, int noun, Segment s) {
        Token mark = s.token(noun - 1);
        if (mark == null || !mark.isPossessive()) return null;
        for (List<PersonIndex.Mention> list : List.of(index.organisations(), index.people(), index.places())) {
            int at = PersonIndex.indexAt(list, b, 0);
            for (int i = at; i < list.size() && list.get(i).block() == b; i++) {
                if (list.get(i).to() == noun - 1) return list.get(i).entity().name();
            }
        }
        return null;
    }

    /** "said in a statement", "in a press statement": the sentence's subject issued it. */
    private static boolean isIssuedIn(Segment s, int noun) {
        Token article = s.token(noun - 1);
        Token in = s.token(noun - 2);
        // One lower-case word may qualify the document ("a press statement", "a written statement").
        if (article != null && article.word() && !article.capitalised() && in != null && (in.is("a") || in.is("its") || in.is("their"))) {
            article = in;
            in = s.token(noun - 3);
        }
        return article != null && in != null && in.is("in") && (article.is("a") || article.is("its") || article.is("their"));
    }

    /** Where the sentence holding the document noun starts, looking back at most 40 tokens. */
    private static int sentenceStart(StoryText text, int b, int noun) {
        int start = noun;
        while (start > 0 && !text.endsSentence(b, start - 1) && noun - start < 40) start--;
        return start;
    }

    /** The first organisation (else person) named in the sentence before the document noun, or null. */
    private static String issuer(StoryText text, PersonIndex index, int b, int noun) {
        int start = sentenceStart(text, b, noun);
        for (List<PersonIndex.Mention> list : List.of(index.organisations(), index.people())) {
            PersonIndex.Mention m = PersonIndex.firstWithin(list, b, start, noun, x -> !x.possessive() && !x.quoted());
            if (m != null) return m.entity().name();
        }
        return null;
    }

    /** "EU diplomacy chief": a name followed by a plain noun only qualifies what follows. */
    private static boolean modifies(Segment s, PersonIndex.Mention m) {
        Token next = s.token(m.to());
        return next != null && next.word() && !next.capitalised() && !Words.isCommon(next);
    }
}
