package dateline.search;

import dateline.story.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Reads an entity's page: its stories by slug, and for a person each quote in the stories where they speak. */
final class EntityReader {
    private static final Set<String> QUOTE_FIELDS = Set.of(StoryDocument.QUOTES, StoryDocument.QUOTE_BY);
    private final SearchIndex index;
    private final PagedSearch paged;

    EntityReader(SearchIndex index, PagedSearch paged) {
        this.index = index;
        this.paged = paged;
    }

    Optional<EntityStories> read(EntityKind kind, String slug, int limit, SearchCursor cursor, SearchCursor saidCursor) {
        SearchResults stories = paged.run(new TermQuery(new Term(kind.slugField(), slug)), SearchOrder.TIME, limit, cursor, false, false);
        SearchResults saidIn = kind != EntityKind.PERSON ? null
                : paged.run(new TermQuery(new Term(StoryDocument.SAID_SLUG, slug)), SearchOrder.TIME, limit, saidCursor, false, false);
        if (stories.total() == 0 && (saidIn == null || saidIn.total() == 0)) return Optional.empty();
        FacetedSearcher searcher = index.acquire();
        try {
            String name = name(searcher, kind.field, slug, stories);
            List<EntityStories.SaidQuote> said = new ArrayList<>();
            if (saidIn != null) {
                for (SearchHit hit : saidIn.items()) said.addAll(quotes(searcher, hit, slug));
                if (name == null) name = said.isEmpty() ? null : speaker(searcher, saidIn.items().get(0).id(), slug);
            }
            return Optional.of(new EntityStories(kind, slug, name == null ? slug : name, stories, List.copyOf(said),
                    saidIn == null ? null : saidIn.next()));
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to read the page of " + slug, e);
        } finally {
            index.release(searcher);
        }
    }

    /** The canonical name as the newest story about the entity spells it. */
    private static String name(FacetedSearcher searcher, String field, String slug, SearchResults stories) throws IOException {
        if (stories.items().isEmpty()) return null;
        Document doc = document(searcher, stories.items().get(0).id(), Set.of(field));
        if (doc == null) return null;
        for (String value : doc.getValues(field)) if (Slugs.of(value).equals(slug)) return value;
        return null;
    }

    private static String speaker(FacetedSearcher searcher, String id, String slug) throws IOException {
        Document doc = document(searcher, id, Set.of(StoryDocument.QUOTE_BY));
        if (doc == null) return null;
        for (String by : doc.getValues(StoryDocument.QUOTE_BY)) if (Slugs.of(by).equals(slug)) return by;
        return null;
    }

    /** The quotes of one story by the person, in the story's order (text and speaker are stored in step). */
    private static List<EntityStories.SaidQuote> quotes(FacetedSearcher searcher, SearchHit hit, String slug) throws IOException {
        Document doc = document(searcher, hit.id(), QUOTE_FIELDS);
        if (doc == null) return List.of();
        IndexableField[] texts = doc.getFields(StoryDocument.QUOTES);
        String[] speakers = doc.getValues(StoryDocument.QUOTE_BY);
        List<EntityStories.SaidQuote> quotes = new ArrayList<>();
        for (int i = 0; i < Math.min(texts.length, speakers.length); i++) {
            if (!speakers[i].isEmpty() && Slugs.of(speakers[i]).equals(slug)) {
                quotes.add(new EntityStories.SaidQuote(texts[i].stringValue(), hit.id(), hit.slug(), hit.headline(), hit.updated()));
            }
        }
        return quotes;
    }

    private static Document document(FacetedSearcher searcher, String id, Set<String> fields) throws IOException {
        TopDocs top = searcher.search(StorySearch.idQuery(id), 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc, fields);
    }
}
