package dateline.search;

import dateline.story.Block;
import dateline.story.Entity;
import dateline.story.Quote;
import dateline.story.Slugs;
import dateline.story.Story;
import dateline.story.StoryContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The one mapping from a story to a Lucene document. Only published stories have one: a draft,
 * an embargoed or a withdrawn story is deleted from the index, so no query can find it.
 */
final class StoryDocument {
    static final String ID = "id", SLUG = "slug", SEQ = "seq";
    static final String HEADLINE = "headline", STANDFIRST = "standfirst", BODY = "body", SUBHEADINGS = "subheadings";
    static final String QUOTES = "quotes", QUOTE_BY = "quote_by", SAID = "said", SAID_SLUG = "said_slug";
    static final String PERSON = "person", PLACE = "place", ORG = "org", NAMES = "names";
    static final String SECTION = "section", DATELINE = "dateline", UPDATED = "updated", PUBLISHED = "published";
    /** Facet dimensions, named as the API names them. */
    static final String PEOPLE = "people", PLACES = "places", ORGANISATIONS = "organisations", MONTH = "month";
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM");

    private final FacetsConfig facets = facetsConfig();
    private final ZoneId zone;

    StoryDocument(ZoneId zone) {
        this.zone = zone;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(PEOPLE, true);
        config.setMultiValued(PLACES, true);
        config.setMultiValued(ORGANISATIONS, true);
        return config;
    }

    /** The term that names a story's document: every write replaces it whole (upsert by id). */
    static Term idTerm(String id) { return new Term(ID, id); }

    /** The month facet's value for an instant, in the agency's zone (as dates are read in queries). */
    String month(java.time.Instant at) { return MONTH_FORMAT.format(at.atZone(zone)); }

    Document of(Story story) {
        StoryContent c = story.content();
        Document doc = new Document();
        // Upserts and deletes find the document by this exact term; stored, since every hit names
        // its story; doc values, as the last tie-breaker of every sort, which keeps cursors stable.
        doc.add(new StringField(ID, story.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(story.id())));
        // Stored so a hit's link needs no trip to the store.
        doc.add(new StoredField(SLUG, story.slug()));
        // The log position of this version: a cursor's later pages leave out what arrived after
        // the first, so a page never shifts while new stories come in.
        doc.add(new LongPoint(SEQ, story.seq()));
        // English text, stored for hits and highlights; the headline is boosted at query time.
        doc.add(new TextField(HEADLINE, c.headline(), Field.Store.YES));
        if (c.standfirst() != null) doc.add(new TextField(STANDFIRST, c.standfirst(), Field.Store.YES));
        // Paragraphs and subheadings apart: a subheading says what a part is about, and weighs more.
        doc.add(new TextField(BODY, text(c.blocks(), Block.Kind.PARAGRAPH), Field.Store.YES));
        doc.add(new TextField(SUBHEADINGS, text(c.blocks(), Block.Kind.SUBHEADING), Field.Store.NO));
        addQuotes(doc, c.quotes());
        addEntities(doc, PERSON, PEOPLE, c.people());
        addEntities(doc, PLACE, PLACES, c.places());
        addEntities(doc, ORG, ORGANISATIONS, c.organizations());
        if (c.section() != null) {
            // One term for section:world, stored for hits, and a facet.
            doc.add(new TextField(SECTION, c.section(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SECTION, c.section()));
        }
        if (c.dateline() != null && c.dateline().place() != null) {
            // The place as printed ("IGORA /Leningrad Region/"): a term for dateline:, and words for plain searches.
            doc.add(new TextField(DATELINE, c.dateline().place(), Field.Store.NO));
            doc.add(new TextField(NAMES, c.dateline().place(), Field.Store.NO));
        }
        addTimes(doc, story);
        return build(doc);
    }

    private void addQuotes(Document doc, List<Quote> quotes) {
        for (Quote q : quotes) {
            // Quoted words are searchable text; stored with their speaker in step, in the same
            // order, so a person's page can list what they said without reading the store.
            doc.add(new TextField(QUOTES, q.text(), Field.Store.YES));
            doc.add(new StoredField(QUOTE_BY, q.speaker() == null ? "" : q.speaker()));
            if (q.speaker() == null) continue;
            // said:"Anatoly Antonov" is a term of its own: being quoted is not being mentioned.
            doc.add(new TextField(SAID, q.speaker(), Field.Store.NO));
            doc.add(new StringField(SAID_SLUG, Slugs.of(q.speaker()), Field.Store.NO));
            doc.add(new TextField(NAMES, q.speaker(), Field.Store.NO));
        }
    }

    private static void addEntities(Document doc, String field, String dimension, List<Entity> entities) {
        for (Entity e : entities) {
            // The canonical name only ("Vladimir Putin" for every "Putin"): one term for person:,
            // one facet value, one page; stored to show tags and entity names.
            doc.add(new TextField(field, e.name(), Field.Store.YES));
            doc.add(new StringField(field + "_slug", Slugs.of(e.name()), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dimension, e.name()));
            // Plain words also find who and what a story is about ("Antonov" alone).
            doc.add(new TextField(NAMES, e.name(), Field.Store.NO));
        }
    }

    private void addTimes(Document doc, Story story) {
        // Points for date ranges (updated:[2020-09-01 TO 2020-09-30]); doc values to sort by time;
        // stored to show "Updated at"; the month of the update as a facet.
        long updated = story.versionCreated().toEpochMilli();
        doc.add(new LongPoint(UPDATED, updated));
        doc.add(new NumericDocValuesField(UPDATED, updated));
        doc.add(new StoredField(UPDATED, updated));
        doc.add(new LongPoint(PUBLISHED, story.firstCreated().toEpochMilli()));
        doc.add(new SortedSetDocValuesFacetField(MONTH, month(story.versionCreated())));
    }

    private static String text(List<Block> blocks, Block.Kind kind) {
        StringBuilder text = new StringBuilder();
        for (Block b : blocks) if (b.kind() == kind) text.append(b.text()).append("\n\n");
        return text.toString().strip();
    }

    private Document build(Document doc) {
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
