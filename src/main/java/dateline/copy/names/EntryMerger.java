package dateline.copy.names;

import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.names.EntityBook.Entry;

import dateline.story.Entity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Joins the entries of one story's {@link EntityBook} that name one thing in two forms, once
 * every mention is read: a short name and the longer one it begins ("Counterpoint", "Counterpoint
 * Research"), a state's short name and its full one, a body with and without its nation's
 * adjective, a person's name the story also gives as a company, a nickname and the name. The
 * shorter entry's mentions move to the longer one; an entry left without mentions is not listed.
 */
final class EntryMerger {
    private static final int VARIANTS = EntityBook.VARIANTS;

    private final Map<String, Entry> entries;
    private final Map<String, Entry> byName;
    /** What the lists know, to tell a body of its own from a short form of a longer name. */
    private final Lexicon lexicon;

    EntryMerger(Map<String, Entry> entries, Map<String, Entry> byName, Lexicon lexicon) {
        this.entries = entries;
        this.byName = byName;
        this.lexicon = lexicon;
    }

    /** Every join, in an order where a later one sees the earlier ones' result. */
    void mergeAll() {
        absorbShortOrganisationNames();
        absorbShortStateNames();
        absorbUnqualifiedBodies();
        absorbNicknames();
        absorbPeopleNamedAsCompanies();
    }

    /**
     * A one-word organisation is the longer one its name begins: "Counterpoint" is "Counterpoint
     * Research". A place is the land feature named after it: "Gaza" is the Gaza Strip, "Sinai"
     * the Sinai Peninsula (never a province or city named after its capital: "Yunnan Province").
     */
    private void absorbShortOrganisationNames() {
        int compared = 0;
        for (Entry shorter : entries.values()) {
            boolean place = shorter.kind == Entity.Kind.PLACE;
            if (!place && (shorter.kind != Entity.Kind.ORGANIZATION || shorter.name.indexOf(' ') >= 0)) continue;
            String prefix = shorter.name + " ";
            for (Entry longer : entries.values()) {
                if (compared++ > VARIANTS * 10) return;
                if (longer != shorter && longer.kind == shorter.kind && beginsWith(longer.name, prefix)
                        && (!place || isFeatureOf(longer.name, prefix)) && (place || !isBodyOfItsOwn(shorter.name, longer.name))) {
                    longer.mentions.addAll(shorter.mentions);
                    shorter.mentions.clear();
                    break;
                }
            }
        }
    }

    /**
     * "Congo" in a story that names the "Democratic Republic of Congo": a state named in full by
     * its form ("Republic of", "Kingdom of") is the one its short name means in that story.
     */
    private void absorbShortStateNames() {
        for (Entry longer : entries.values()) {
            if (longer.kind != Entity.Kind.PLACE || longer.mentions.isEmpty()) continue;
            String shortName = StateForms.shortName(longer.name);
            Entry shorter = shortName == null ? null : entries.get(EntityBook.key(Entity.Kind.PLACE, shortName));
            if (shorter != null && shorter != longer) {
                longer.mentions.addAll(shorter.mentions);
                shorter.mentions.clear();
            }
        }
    }

    /**
     * "BRICS" beside the "BRICS Media Forum", "NATO" beside the "NATO Parliamentary Assembly": a
     * body the lists know by one word names itself, and a name of three words or more opening with
     * it is a body of its own, unless the lists give it as the same ("Xinhua News Agency").
     */
    private boolean isBodyOfItsOwn(String shorter, String longer) {
        if (longer.split(" ").length < 3) return false;
        Lexicon.Entry known = lexicon.lookup(shorter);
        if (known == null || known.kind() != Entity.Kind.ORGANIZATION || !known.canonical().equals(shorter)) return false;
        Lexicon.Entry full = lexicon.lookup(Lexicon.key(longer));
        return full == null || !full.canonical().equals(longer) && !full.canonical().equals(shorter);
    }

    /**
     * "the Air Force" after "Ukraine's Air Force", "the Communist Party" after "the Chinese
     * Communist Party": a body named without its nation's adjective is the one the story names with it.
     */
    private void absorbUnqualifiedBodies() {
        int compared = 0;
        for (Entry shorter : entries.values()) {
            if (shorter.kind != Entity.Kind.ORGANIZATION || shorter.name.indexOf(' ') < 0 || shorter.mentions.isEmpty()) continue;
            String suffix = " " + shorter.name;
            for (Entry longer : entries.values()) {
                if (compared++ > VARIANTS * 10) return;
                if (longer == shorter || longer.kind != Entity.Kind.ORGANIZATION || !longer.name.endsWith(suffix)) continue;
                String qualifier = longer.name.substring(0, longer.name.length() - suffix.length());
                if (qualifier.indexOf(' ') < 0 && (Words.isDemonym(qualifier) || isCountryAbbreviation(qualifier))) {
                    longer.mentions.addAll(shorter.mentions);
                    shorter.mentions.clear();
                    break;
                }
            }
        }
    }

    /** "US Food and Drug Administration", "UK Met Office": a country abbreviated before its body. */
    private static boolean isCountryAbbreviation(String qualifier) {
        String letters = qualifier.replace(".", "");
        return letters.length() == 2 && Character.isUpperCase(letters.charAt(0)) && Character.isUpperCase(letters.charAt(1));
    }

    /**
     * "Novo Nordisk's drug" read as a person's, after "shares of Novo Nordisk" named the company:
     * a full name the story also gives as an organisation is that organisation in every mention.
     */
    private void absorbPeopleNamedAsCompanies() {
        Map<String, Entry> orgs = new HashMap<>();
        for (Entry e : entries.values()) if (e.kind == Entity.Kind.ORGANIZATION) orgs.putIfAbsent(e.name, e);
        for (Entry e : entries.values()) {
            Entry org = e.kind == Entity.Kind.PERSON && e.name.indexOf(' ') > 0 ? orgs.get(e.name) : null;
            if (org != null && !org.mentions.isEmpty()) {
                org.mentions.addAll(e.mentions);
                e.mentions.clear();
            }
        }
    }

    /** "the Tories" after "the Conservatives": a nickname joins the name the story also prints. */
    private void absorbNicknames() {
        for (Entry e : entries.values()) {
            if (e.kind != Entity.Kind.ORGANIZATION || e.mentions.isEmpty()) continue;
            for (String name : Nicknames.namesFor(e.name)) {
                Entry named = byName.get(name.toLowerCase(Locale.ROOT));
                if (named != null && named != e && named.kind == Entity.Kind.ORGANIZATION && !named.mentions.isEmpty()) {
                    named.mentions.addAll(e.mentions);
                    e.mentions.clear();
                    break;
                }
            }
        }
    }

    private static boolean isFeatureOf(String longer, String prefix) {
        return longer.indexOf(' ', prefix.length()) < 0 && PlaceFeatures.isFeature(longer.substring(prefix.length()));
    }

    /** "Counterpoint Research", "Friends of Harcourt Street Baths": the longer name begins with the short one. */
    private static boolean beginsWith(String longer, String prefix) {
        return longer.startsWith(prefix);
    }
}
