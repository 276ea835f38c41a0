package dateline.copy.names;

import dateline.copy.text.EditDistance;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Merges the candidate names of one story into its entities, each once under a canonical name:
 * "Antonov" joins "Anatoly Antonov", "CAAN" the name it abbreviates, and a name nothing else
 * classified joins a person, organisation or place the story names in full; otherwise it is left out.
 */
public final class EntityBook {
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** Full names of people by each of their words, so a short form finds its full name at once. */
    private final Map<String, List<String[]>> fullNames = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    /** Where each full name was last read, while settling in reading order. */
    private final Map<String, Integer> lastSeen = new HashMap<>();
    /** Acronyms the story gives in parentheses, and the names they stand for. */
    private final Map<String, Candidate> aliases = new HashMap<>();
    private final Set<String> abbreviated = new HashSet<>();
    /** Two-word names read as people only for want of better, by their last word. */
    private final Map<String, String> dubiousFullNames = new HashMap<>();

    /** Mentions in which the name only modifies a noun ("a Reuters report"): alone they list nothing. */
    private final Set<Entity.Mention> modifierMentions = new HashSet<>();

    /** Bounds on the names compared per lookup: a story names far fewer, and any input stays linear. */
    static final int VARIANTS = 300;

    /** What the lists know, to tell a body of its own from a short form of a longer name. */
    private final Lexicon lexicon;

    EntityBook(Lexicon lexicon) { this.lexicon = lexicon; }

    /** One entity of the story while it is read: its listed name, kind and mentions so far. */
    static final class Entry {
        String name;
        final Entity.Kind kind;
        final List<Entity.Mention> mentions = new ArrayList<>();

        Entry(String name, Entity.Kind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    /** Where an entry of a kind and name is kept: one entry per kind and name, whatever its case. */
    static String key(Entity.Kind kind, String name) {
        return kind + "\u0000" + name.toLowerCase(Locale.ROOT);
    }

    void add(Entity.Kind kind, String canonical, Entity.Mention mention) {
        String key = key(kind, canonical);
        Entry entry = entries.get(key);
        if (entry == null) entry = variantOf(kind, canonical);
        if (entry == null) {
            entry = new Entry(canonical, kind);
            entries.put(key, entry);
            byName.putIfAbsent(canonical.toLowerCase(Locale.ROOT), entry);
        }
        entry.mentions.add(mention);
    }

    /**
     * An entry spelled one letter differently ("Tehreek-e-Insaaf", "Tehreek-e-Insaf"): copy often
     * varies a transliteration within one story. The spelling given with an acronym wins.
     */
    private Entry variantOf(Entity.Kind kind, String name) {
        if (kind == Entity.Kind.PERSON || name.length() < 10) return null;
        int compared = 0;
        for (Entry e : entries.values()) {
            if (compared++ > VARIANTS) return null;
            if (e.kind == kind && EditDistance.atMostOne(e.name, name)) {
                if (abbreviated.contains(name)) e.name = name;
                return e;
            }
        }
        return null;
    }

    /** Settles every candidate: full names first, so that short forms can find them. */
    void resolve(List<Candidate> candidates) {
        indexDubiousNames(candidates);
        for (Candidate c : candidates) {
            if (Modifiers.modifies(c.segment(), c.from(), c.to())) modifierMentions.add(new Entity.Mention(c.segment().block(), c.start(), c.end()));
            if (c.kind() == Entity.Kind.PERSON && c.canonical().indexOf(' ') > 0 && !isDubious(c)) indexFullName(c.canonical().split(" "));
            if (c.alias() != null) {
                aliases.put(c.alias(), c);
                abbreviated.add(c.canonical());
            }
        }
        List<Candidate> unsettled = new ArrayList<>();
        List<Candidate> dubious = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.kind() == Entity.Kind.PERSON && c.canonical().indexOf(' ') > 0) lastSeen.put(c.canonical(), i);
            if (c.kind() == null && fullNameOf(c.canonical()) == null && !aliases.containsKey(c.printed())) {
                unsettled.add(c);
            } else if (isDubious(c)) {
                dubious.add(c);
            } else {
                settle(c);
            }
        }
        for (Candidate c : dubious) settleDubious(c);
        for (Candidate c : unsettled) {
            Entity.Mention mention = new Entity.Mention(c.segment().block(), c.start(), c.end());
            String abbreviated = isAcronym(c) ? organisationAbbreviated(c.printed()) : null;
            if (abbreviated != null) add(Entity.Kind.ORGANIZATION, abbreviated, mention);
            else settleByName(c, mention);
        }
    }

    /** "Chipmaker Norvell" opening a headline: two capitals read as a person only for want of better. */
    private static boolean isDubious(Candidate c) {
        Token first = c.segment().tokens().get(c.from());
        return c.kind() == Entity.Kind.PERSON && c.weak() && first.sentenceStart() && !NameLexicon.isGivenName(first.text());
    }

    /**
     * "Nokukhanya Jele, the president's adviser, argued ... . \"...\", Jele said": a dubious
     * name opening a sentence is a person's full name once the story calls a person by its last
     * word alone; unless an organisation's name opens with that word ("Norvell Semiconductor").
     */
    private void indexDubiousNames(List<Candidate> candidates) {
        Set<String> orgFirstWords = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.kind() == Entity.Kind.ORGANIZATION) orgFirstWords.add(c.canonical().split(" ")[0]);
        }
        for (Candidate c : candidates) {
            int space = c.canonical().lastIndexOf(' ');
            if (!isDubious(c) || space < 0 || c.canonical().indexOf(' ') != space) continue;
            String last = c.canonical().substring(space + 1);
            if (!orgFirstWords.contains(last)) dubiousFullNames.putIfAbsent(last, c.canonical());
        }
    }

    /** A dubious person whose last word opens an organisation's name is that organisation ("Norvell Semiconductor"). */
    private void settleDubious(Candidate c) {
        String last = c.canonical().substring(c.canonical().lastIndexOf(' ') + 1) + " ";
        int compared = 0;
        for (Entry e : entries.values()) {
            if (compared++ > VARIANTS) break;
            if (e.kind == Entity.Kind.ORGANIZATION && e.name.startsWith(last)) {
                e.mentions.add(new Entity.Mention(c.segment().block(), c.start(), c.end()));
                return;
            }
        }
        settle(c);
    }

    private void indexFullName(String[] words) {
        for (String word : words) {
            List<String[]> names = fullNames.computeIfAbsent(word, k -> new ArrayList<>());
            if (names.size() < VARIANTS) names.add(words);
        }
    }

    private void settle(Candidate c) {
        Entity.Mention mention = new Entity.Mention(c.segment().block(), c.start(), c.end());
        boolean settled = c.kind() != null && !c.weak();
        String person = settled && c.kind() != Entity.Kind.PERSON ? null : fullNameOf(c.canonical());
        if (person == null && c.kind() == Entity.Kind.PERSON && !isDubious(c)) person = dubiousFullNames.get(c.canonical());
        if (person != null) {
            add(Entity.Kind.PERSON, person, mention);
        } else if (aliases.containsKey(c.printed())) {
            Candidate full = aliases.get(c.printed());
            add(full.kind(), full.canonical(), mention);
        } else if (isAcronym(c) && organisationAbbreviated(c.printed()) != null) {
            add(Entity.Kind.ORGANIZATION, organisationAbbreviated(c.printed()), mention);
        } else if (c.kind() != null) {
            add(c.kind(), c.canonical(), mention);
        }
    }

    /** A name nothing classified: the organisation or place of that name the story has, if any. */
    private void settleByName(Candidate c, Entity.Mention mention) {
        Entry e = byName.get(c.printed().toLowerCase(Locale.ROOT));
        if (e != null && e.kind != Entity.Kind.PERSON) e.mentions.add(mention);
    }

    /**
     * The full name whose words include this name's words in order, or null: the one named
     * most recently before (two Silvas in one story), else the longest.
     */
    private String fullNameOf(String name) {
        String[] words = name.split(" ");
        String best = null;
        int bestLength = 0;
        int bestSeen = -1;
        for (String[] full : fullNames.getOrDefault(words[0], List.of())) {
            if (full.length <= words.length || !contains(full, words)) continue;
            String joined = String.join(" ", full);
            int seen = lastSeen.getOrDefault(joined, -1);
            if (seen > bestSeen || (seen == bestSeen && full.length > bestLength)) {
                best = joined;
                bestLength = full.length;
                bestSeen = seen;
            }
        }
        return best != null || words.length > 1 ? best : surnameVariant(name);
    }

    /** "Zelensky" for Volodymyr Zelenskyy, "Erdogan" for Recep Tayyip Erdoğan: one letter or accents apart. */
    private String surnameVariant(String name) {
        if (name.length() < 6) return null;
        int compared = 0;
        String folded = null;
        for (Map.Entry<String, List<String[]>> e : fullNames.entrySet()) {
            if (compared++ > VARIANTS) return null;
            String word = e.getKey();
            if (word.length() < 6 || Math.abs(word.length() - name.length()) > 1) continue;
            boolean near = EditDistance.atMostOne(word, name);
            if (!near && word.length() == name.length()) {
                if (folded == null) folded = Lexicon.fold(name);
                near = Lexicon.fold(word).equals(folded);
            }
            if (!near) continue;
            for (String[] full : e.getValue()) if (full[full.length - 1].equals(word)) return String.join(" ", full);
        }
        return null;
    }

    private static boolean isAcronym(Candidate c) {
        return c.tokenCount() == 1 && c.segment().tokens().get(c.from()).allCaps() && (c.kind() == null || c.weak());
    }

    /** "RCN" after "Royal College of Nursing": an organisation of the story whose initials it is. */
    private String organisationAbbreviated(String acronym) {
        int compared = 0;
        for (Entry e : entries.values()) {
            if (compared++ > VARIANTS) break;
            if (e.kind == Entity.Kind.ORGANIZATION && e.name.indexOf(' ') > 0 && Acronyms.abbreviates(acronym, Acronyms.initials(e.name))) {
                return e.name;
            }
        }
        return null;
    }

    private static boolean contains(String[] full, String[] part) {
        for (int i = 0; i + part.length <= full.length; i++) {
            boolean match = true;
            for (int j = 0; j < part.length && match; j++) match = full[i + j].equals(part[j]);
            if (match) return true;
        }
        return false;
    }

    Entities entities() {
        new EntryMerger(entries, byName, lexicon).mergeAll();
        List<Entity> people = new ArrayList<>();
        List<Entity> places = new ArrayList<>();
        List<Entity> orgs = new ArrayList<>();
        Set<Entity> modifierOnly = new HashSet<>();
        for (Entry e : entries.values()) {
            if (e.mentions.isEmpty()) continue;
            List<Entity.Mention> mentions = new ArrayList<>(e.mentions);
            mentions.sort(EntityBook::compare);
            Entity entity = new Entity(e.name, e.kind, List.copyOf(mentions));
            (e.kind == Entity.Kind.PERSON ? people : e.kind == Entity.Kind.PLACE ? places : orgs).add(entity);
            if (modifierMentions.containsAll(e.mentions)) modifierOnly.add(entity);
        }
        for (List<Entity> list : List.of(people, places, orgs)) list.sort((x, y) -> compare(x.mentions().get(0), y.mentions().get(0)));
        return new Entities(List.copyOf(people), List.copyOf(places), List.copyOf(orgs), Set.copyOf(modifierOnly));
    }

    private static int compare(Entity.Mention x, Entity.Mention y) {
        return x.block() != y.block() ? Integer.compare(x.block(), y.block()) : Integer.compare(x.start(), y.start());
    }
}
