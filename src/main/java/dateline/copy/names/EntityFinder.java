package dateline.copy.names;

import dateline.copy.lexicon.KnownEntities;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.text.BlockSegments;
import dateline.copy.text.Segment;
import dateline.copy.lexicon.StateAbbreviations;

import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the people, places and organisations a story names, each once in canonical form with
 * every mention. Reads headline, standfirst and body ({@link NameReader}), adds the dateline's
 * place (never its agency), then merges short forms into full names ({@link EntityBook}).
 * Immutable and safe to share: the lexicons are loaded once, per-story state lives in the call.
 */
public final class EntityFinder {
    private final NameReader reader;
    private final Lexicon lexicon;

    /** @param known entities the archive confirmed; recognised by name and listed as such */
    public EntityFinder(KnownEntities known) {
        this.lexicon = new Lexicon(known);
        this.reader = new NameReader(lexicon);
    }

    public Entities find(String headline, String standfirst, DatelineInfo dateline, List<Block> blocks) {
        return find(headline, standfirst, dateline, blocks, new BlockSegments(blocks));
    }

    /** @param segments the blocks' tokens, shared with the quote finder so each is tokenized once */
    public Entities find(String headline, String standfirst, DatelineInfo dateline, List<Block> blocks, BlockSegments segments) {
        List<Candidate> candidates = new ArrayList<>();
        if (headline != null) candidates.addAll(reader.read(Segment.of(Entity.Mention.HEADLINE, headline, 0)));
        if (standfirst != null) candidates.addAll(reader.read(Segment.of(Entity.Mention.STANDFIRST, standfirst, 0)));
        int datelineBlock = datelineBlock(dateline, blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isParagraph() && block.kind() != Block.Kind.SUBHEADING) continue;
            int from = i == datelineBlock ? dateline.written().length() : 0;
            candidates.addAll(reader.read(segments.of(i, from)));
        }
        EntityBook book = new EntityBook(lexicon);
        if (datelineBlock >= 0 && dateline.place() != null) addDatelinePlaces(book, dateline, datelineBlock);
        candidates.replaceAll(this::expandedAbbreviation);
        candidates.removeIf(CountedMembers::counted);
        candidates.replaceAll(ShareCues::typed);
        SportsCues.retype(candidates, lexicon);
        book.resolve(FormerNames.join(ShortCompanyNames.join(candidates)));
        return book.entities();
    }

    /**
     * "UN Relief and Works Agency": a body named after the organisation it belongs to, with that
     * organisation abbreviated, is listed with the abbreviation written out ("United Nations
     * Relief and Works Agency"), the well-known abbreviation expanded as the corpus conventions
     * name it. Only an organisation's abbreviation: a country's stays ("U.S. Forest Service").
     */
    private Candidate expandedAbbreviation(Candidate c) {
        if (c.kind() != Entity.Kind.ORGANIZATION || c.tokenCount() < 2) return c;
        var first = c.segment().tokens().get(c.from());
        if (!first.allCaps() || !c.canonical().startsWith(first.text() + " ")) return c;
        Lexicon.Entry entry = lexicon.lookup(first.text());
        if (entry == null || entry.kind() != Entity.Kind.ORGANIZATION || !entry.canonical().contains(" ")) return c;
        // "the U.N. Intergovernmental Panel on Climate Change": a body the lists know by its own
        // name, the organisation before it only saying whose it is, is listed by that name.
        Lexicon.Entry rest = lexicon.lookup(NameReader.key(c.segment(), c.from() + 1, c.to()));
        if (rest != null && rest.kind() == Entity.Kind.ORGANIZATION) {
            return new Candidate(c.segment(), c.from() + 1, c.to(), c.kind(), rest.canonical(), c.weak(), c.titles(), c.alias());
        }
        String expanded = entry.canonical() + c.canonical().substring(first.text().length());
        return new Candidate(c.segment(), c.from(), c.to(), c.kind(), expanded, c.weak(), c.titles(), c.alias());
    }

    /** The paragraph that opens with the dateline (normally the first); -1 when there is none. */
    private static int datelineBlock(DatelineInfo dateline, List<Block> blocks) {
        if (dateline == null || dateline.written() == null || dateline.written().isEmpty()) return -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isParagraph() && blocks.get(i).text().startsWith(dateline.written())) return i;
        }
        return -1;
    }

    /** "IGORA /Leningrad Region/" gives Igora and Leningrad Region; "JINGGU, Yunnan" two places. */
    private void addDatelinePlaces(EntityBook book, DatelineInfo dateline, int block) {
        String written = dateline.written();
        String place = dateline.place();
        int base = Math.max(0, written.indexOf(place));
        int i = 0;
        while (i < place.length()) {
            int end = i;
            while (end < place.length() && place.charAt(end) != ',' && place.charAt(end) != '/') end++;
            String part = place.substring(i, end).strip();
            if (!part.isEmpty()) {
                int start = base + place.indexOf(part, i);
                Lexicon.Entry entry = known(part);
                // "UNITED NATIONS (AP) -": a dateline may name an institution rather than a place.
                Entity.Kind kind = entry != null && entry.kind() == Entity.Kind.ORGANIZATION ? entry.kind() : Entity.Kind.PLACE;
                String state = StateAbbreviations.state(part);
                String name = state != null ? state : entry != null ? entry.canonical() : printedName(part);
                book.add(kind, name, new Entity.Mention(block, start, start + part.length()));
            }
            i = end + 1;
        }
    }

    private Lexicon.Entry known(String printed) {
        Lexicon.Entry entry = lexicon.lookup(Lexicon.key(printedName(printed)));
        return entry != null && entry.kind() != Entity.Kind.PERSON ? entry : null;
    }

    private static String printedName(String printed) { return isUpperCase(printed) ? titleCase(printed) : printed; }

    private static boolean isUpperCase(String s) { return s.equals(s.toUpperCase(Locale.ROOT)); }

    /** "NEW DELHI" -> "New Delhi", "RIO DE JANEIRO" -> "Rio de Janeiro". */
    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean wordStart = true;
        String lower = upper.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean particle = wordStart && (lower.startsWith("de ", i) || lower.startsWith("of ", i) || lower.startsWith("la ", i));
            sb.append(wordStart && !particle ? Character.toUpperCase(c) : c);
            wordStart = c == ' ' || c == '-';
        }
        return sb.toString();
    }
}
