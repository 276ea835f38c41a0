package dateline.copy.lexicon;

import dateline.copy.text.Token;
import dateline.copy.text.Tokenizer;

import dateline.story.Entity;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the finder knows before reading a story: places (countries and subdivisions from ISO 3166,
 * world cities, seas, regions), organisations, and the archive's confirmed entities, which
 * override the bundled lists. A phrase is looked up as its tokens joined by single spaces.
 */
public final class Lexicon {
    /** What a known phrase names, and the canonical name to list it under. */
    public record Entry(String canonical, Entity.Kind kind, boolean building) {}

    private static final Map<String, Entry> BUILT_IN = builtIn();
    private static final Map<String, Integer> BUILT_IN_LENGTHS = lengths(BUILT_IN);
    private static final Set<String> LOWER_CASE_NAMES = lowerCaseNames();
    private static final long[] LOWER_CASE_INITIALS = initials(LOWER_CASE_NAMES);
    /** The bundled lists alone: what the archive's aliases must not shadow. */
    private static final Lexicon BUNDLED = new Lexicon(Map.of());

    private final Map<String, Entry> known;
    private final Map<String, Integer> knownLengths;

    public Lexicon(KnownEntities knownEntities) { this(overrides(knownEntities)); }

    private Lexicon(Map<String, Entry> known) {
        this.known = known;
        this.knownLengths = lengths(known);
    }

    /** The archive's entities and their unambiguous aliases, as entries over the bundled lists. */
    private static Map<String, Entry> overrides(KnownEntities knownEntities) {
        if (knownEntities.entities().isEmpty()) return Map.of();
        Map<String, Entry> map = new HashMap<>();
        for (Map.Entry<String, Entity> alias : KnownAliases.of(knownEntities.entities(), BUNDLED).entrySet()) {
            Entity e = alias.getValue();
            map.put(key(alias.getKey()), new Entry(e.name(), e.kind(), false));
        }
        for (Entity e : knownEntities.entities()) map.put(key(e.name()), new Entry(e.name(), e.kind(), false));
        return Map.copyOf(map);
    }

    /** How many tokens the longest name starting with this word has; 0 when none does. */
    public int longestStartingWith(String firstToken) {
        return Math.max(BUILT_IN_LENGTHS.getOrDefault(firstToken, 0), knownLengths.getOrDefault(firstToken, 0));
    }

    private static Map<String, Integer> lengths(Map<String, Entry> entries) {
        Map<String, Integer> lengths = new HashMap<>();
        for (String key : entries.keySet()) {
            String[] words = key.split(" ");
            lengths.merge(words[0], words.length, Math::max);
        }
        return Map.copyOf(lengths);
    }

    /** The entry for a phrase as printed, or null. */
    public Entry lookup(String phrase) {
        Entry entry = known.isEmpty() ? null : known.get(phrase);
        return entry != null ? entry : BUILT_IN.get(phrase);
    }

    /** Whether a lower-case word is a name as printed ("flydubai"): checked for every word, so one set. */
    public boolean isLowerCaseName(String word) {
        char first = word.charAt(0);
        boolean bundled = first < LOWER_CASE_INITIALS.length && (LOWER_CASE_INITIALS[first] & lengthBit(word.length())) != 0
                && LOWER_CASE_NAMES.contains(word);
        return bundled || (!known.isEmpty() && known.containsKey(word));
    }

    /** The same for a token, whose text is cut only when its first letter and length could open a listed name. */
    public boolean isLowerCaseName(Token t) {
        if (known.isEmpty()) {
            char first = t.charAt(0);
            if (first >= LOWER_CASE_INITIALS.length || (LOWER_CASE_INITIALS[first] & lengthBit(t.length())) == 0) return false;
        }
        return isLowerCaseName(t.text());
    }

    /**
     * The first letters of the lower-case names, each with the lengths of the names it opens (one
     * bit a length), so most words ("and", "during") are ruled out without hashing.
     */
    private static long[] initials(Set<String> names) {
        long[] initials = new long[128];
        for (String name : names) if (name.charAt(0) < 128) initials[name.charAt(0)] |= lengthBit(name.length());
        return initials;
    }

    /** Lengths from 63 on share the last bit. */
    private static long lengthBit(int length) { return 1L << Math.min(length, 63); }

    private static Set<String> lowerCaseNames() {
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, Entry> e : BUILT_IN.entrySet()) {
            if (e.getKey().indexOf(' ') < 0 && Character.isLowerCase(e.getKey().charAt(0))) names.add(e.getKey());
        }
        return Set.copyOf(names);
    }

    /** The lookup key of a name: its tokens joined by single spaces ("Nepal 's" for "Nepal's"). */
    public static String key(String name) {
        List<Token> tokens = Tokenizer.tokenize(name);
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (Token t : tokens) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static Map<String, Entry> builtIn() {
        Map<String, Entry> map = new HashMap<>();
        for (String line : BundledList.lines("iso-places.txt")) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || isAmbiguousRegion(cols[0], cols[1])) continue;
            add(map, cols[1], cols.length > 2 ? cols[2] : "", Entity.Kind.PLACE, false);
        }
        for (String line : BundledList.lines("places.txt")) add(map, line, Entity.Kind.PLACE);
        for (String line : BundledList.section("sports-clubs.txt", "clubs")) add(map, line, Entity.Kind.ORGANIZATION);
        for (String line : BundledList.lines("organizations.txt")) {
            if (line.startsWith("place-or-org ")) {
                String name = line.substring("place-or-org ".length());
                Entry e = map.get(key(name));
                if (e != null) map.put(key(name), new Entry(e.canonical(), e.kind(), true));
            } else {
                add(map, line, Entity.Kind.ORGANIZATION);
            }
        }
        addUnaccented(map);
        return Map.copyOf(map);
    }

    /**
     * "Espirito Santo", "Sao Paulo": copy often drops the accents of a foreign name, so a name
     * written with them is also known without them, and listed as printed, unless that spelling
     * names something else.
     */
    private static void addUnaccented(Map<String, Entry> map) {
        Map<String, Entry> unaccented = new HashMap<>();
        for (Map.Entry<String, Entry> e : map.entrySet()) {
            String plain = stripAccents(e.getKey());
            Entry entry = e.getValue();
            Entry printed = new Entry(stripAccents(entry.canonical()), entry.kind(), entry.building());
            if (!plain.equals(e.getKey()) && !map.containsKey(plain)) unaccented.putIfAbsent(plain, printed);
        }
        map.putAll(unaccented);
    }

    private static String stripAccents(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s;
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A one-word subdivision that is also a plain word or a first name ("Central", "Victoria"),
     * or a head word of names ("Centre", "Coast"): "the Centre said" is a government, not a region.
     */
    private static boolean isAmbiguousRegion(String type, String name) {
        return type.equals("region") && name.indexOf(' ') < 0
                && (Words.isCommon(name) || NameLexicon.isGivenName(name) || Words.isDemonym(name)
                    || HeadWords.isOrgHead(name) || HeadWords.isPlaceHead(name));
    }

    private static void add(Map<String, Entry> map, String line, Entity.Kind kind) {
        int bar = line.indexOf('|');
        add(map, bar < 0 ? line : line.substring(0, bar), bar < 0 ? "" : line.substring(bar + 1), kind, false);
    }

    private static void add(Map<String, Entry> map, String canonical, String aliases, Entity.Kind kind, boolean building) {
        map.put(key(canonical), new Entry(canonical, kind, building));
        if (aliases.isEmpty()) return;
        for (String alias : aliases.split("\\|")) {
            boolean forced = alias.startsWith("=");
            String name = forced ? alias.substring(1) : alias;
            if (name.isBlank()) continue;
            // "Xinhua News Agency" where the list says "Xinhua": the conventions list an organisation
            // by the fullest form the story prints, and the finder folds the short form into it.
            boolean fuller = kind == Entity.Kind.ORGANIZATION && name.startsWith(canonical + " ");
            String listed = !fuller && (forced || givesCanonical(name, canonical)) ? canonical : name;
            map.put(key(name), new Entry(listed, kind, building));
        }
    }

    /**
     * Whether an alias is listed under the canonical name: abbreviations ("US", "U.S."), case
     * variants, shorter or longer forms that share the words ("Duma", "United States of
     * America"). Other spellings ("Kyiv", "Turkiye") stay as printed, as agencies write them.
     */
    static boolean givesCanonical(String alias, String canonical) {
        if (fold(alias).equals(fold(canonical)) && !alias.equalsIgnoreCase(canonical)) return false;
        if (alias.equalsIgnoreCase(canonical) || isAbbreviation(alias)) return true;
        String a = " " + alias + " ";
        String c = " " + canonical + " ";
        return a.contains(c) || c.contains(a);
    }

    static boolean isAbbreviation(String name) {
        for (int i = 0; i < name.length(); i++) if (Character.isLowerCase(name.charAt(i))) return name.contains(".");
        return true;
    }

    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
