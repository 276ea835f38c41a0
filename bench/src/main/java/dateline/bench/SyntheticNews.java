package dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Quote;
import dateline.story.StoryContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Structured stories for the search benchmark, made in the process (no copy to parse): the
 * words come from a word-pair model of the shared corpus's real articles (read at run time,
 * never copied), so the vocabulary and its frequencies are a newsroom's and word pairs that
 * make phrases recur; people, places and organisations are drawn with a Zipf law from the
 * corpus's gold annotations and invented names, so a few are in many stories and most in few.
 * Seeded: the same count gives the same stories, for Dateline and for its PostgreSQL peer.
 */
public final class SyntheticNews {
    static final String[] SECTIONS = {"world", "world", "world", "politics", "politics", "business", "business",
        "science", "sports", "culture"};
    private static final String[] FIRST = {"Ingrid", "Tomas", "Amara", "Lucia", "Kenji", "Oksana", "Rafael", "Mira",
        "Jonas", "Fatima", "Pavel", "Aiko", "Samuel", "Elena", "Omar", "Grace", "Viktor", "Nadia", "Ahmed", "Sofia",
        "Marek", "Leila", "Hugo", "Anya", "Carlos", "Hanna", "Diego", "Yara", "Felix", "Irina"};
    private static final String[] LAST = {"Solberg", "Varga", "Okafor", "Mendes", "Takeda", "Kowal", "Dahl", "Ruiz",
        "Novak", "Haddad", "Petrov", "Sato", "Mensah", "Rossi", "Khan", "Berg", "Sokolov", "Farah", "Lund", "Silva",
        "Nowak", "Karimi", "Moreau", "Ivanova", "Ortega", "Lindqvist", "Castro", "Aziz", "Weber", "Orlova"};
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*|[.,;]");

    private final Map<String, String[]> next = new HashMap<>();
    private final String[] starts;
    private final String[] people;
    private final String[] places;
    private final String[] orgs;
    private final Random random;

    public SyntheticNews(Path corpus, long seed) throws IOException {
        this.random = new Random(seed);
        Map<String, List<String>> pairs = new HashMap<>();
        List<String> starters = new ArrayList<>();
        Set<String> persons = new LinkedHashSet<>(), placeNames = new LinkedHashSet<>(), orgNames = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            if (file.toString().endsWith(".txt")) learn(Files.readString(file), pairs, starters);
            if (file.toString().endsWith(".gold.json")) {
                JsonNode gold = json.readTree(file.toFile());
                gold.path("people").forEach(n -> persons.add(n.asText()));
                gold.path("places").forEach(n -> placeNames.add(n.asText()));
                gold.path("organizations").forEach(n -> orgNames.add(n.asText()));
            }
        }
        pairs.forEach((w, followers) -> next.put(w, followers.toArray(String[]::new)));
        this.starts = starters.toArray(String[]::new);
        for (String f : FIRST) for (String l : LAST) persons.add(f + " " + l);
        this.people = persons.toArray(String[]::new);
        this.places = placeNames.toArray(String[]::new);
        this.orgs = orgNames.toArray(String[]::new);
    }

    private static void learn(String text, Map<String, List<String>> pairs, List<String> starters) {
        String previous = ".";
        var m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (previous.equals(".") && Character.isUpperCase(word.charAt(0))) starters.add(word);
            pairs.computeIfAbsent(previous, k -> new ArrayList<>()).add(word);
            previous = word;
        }
    }

    /** The n-th story: 4 to 9 paragraphs of generated sentences, 1-3 people, 1-3 places, 0-2 organisations, 0-3 quotes. */
    public StoryContent next(int n) {
        List<Entity> who = entities(people, 1 + random.nextInt(3), Entity.Kind.PERSON);
        List<Entity> where = entities(places, 1 + random.nextInt(3), Entity.Kind.PLACE);
        List<Entity> which = entities(orgs, random.nextInt(3), Entity.Kind.ORGANIZATION);
        String place = where.get(0).name();
        List<Block> blocks = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        String written = place.toUpperCase(java.util.Locale.ROOT) + ", " + (1 + random.nextInt(28)) + " March. /DTL/.";
        blocks.add(Block.paragraph(written + " " + sentence(14, 28) + " " + who.get(0).name() + " said."));
        int paragraphs = 4 + random.nextInt(6);
        int quoteCount = random.nextInt(4);
        for (int p = 1; p < paragraphs; p++) {
            if (p <= quoteCount) {
                String speaker = who.get(random.nextInt(who.size())).name();
                String words = sentence(10, 24);
                blocks.add(Block.paragraph("\"" + words + "\" " + speaker + " said. " + sentence(10, 20)));
                quotes.add(new Quote(words, speaker, speaker + " said", blocks.size() - 1, 1));
            } else {
                blocks.add(Block.paragraph(sentence(12, 26) + " " + sentence(10, 22)));
            }
        }
        String headline = clip(sentence(6, 11), 120).replaceAll("[.,;]+$", "") + " " + n;
        return new StoryContent(headline, clip(sentence(12, 22), 280), new DatelineInfo(written, place.toUpperCase(java.util.Locale.ROOT), null, null, "DTL"),
                blocks, quotes, who, where, which, SECTIONS[random.nextInt(SECTIONS.length)], "en");
    }

    /** A sentence walked along the corpus's word pairs. */
    String sentence(int min, int max) {
        StringBuilder text = new StringBuilder(starts[random.nextInt(starts.length)]);
        String word = text.toString();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 1; i < length; i++) {
            String[] followers = next.get(word);
            if (followers == null) break;
            word = followers[random.nextInt(followers.length)];
            if (word.equals(".")) word = ",";
            text.append(word.length() == 1 && ",;".contains(word) ? "" : " ").append(word);
        }
        return text.toString().replaceAll("[,;]+$", "") + ".";
    }

    /** A Zipf-distributed draw: the k-th name about 1/k as often as the first. */
    String zipf(String[] names) {
        double u = random.nextDouble();
        int k = (int) Math.floor(Math.pow(names.length + 1, u));
        return names[Math.max(0, Math.min(names.length - 1, k - 1))];
    }

    String[] people() { return people; }

    private List<Entity> entities(String[] pool, int count, Entity.Kind kind) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < count * 3 && names.size() < count; i++) names.add(zipf(pool));
        return names.stream().map(name -> new Entity(name, kind, List.of(new Entity.Mention(0, 0, 1)))).toList();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, text.lastIndexOf(' ', max)) + ".";
    }
}
