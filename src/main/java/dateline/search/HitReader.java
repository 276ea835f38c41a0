package dateline.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Turns the documents of a page into hits: stored fields, and highlighted fragments of the text. */
final class HitReader {
    private static final Set<String> SHOWN = Set.of(StoryDocument.ID, StoryDocument.SLUG, StoryDocument.HEADLINE,
            StoryDocument.STANDFIRST, StoryDocument.UPDATED);
    private static final String[] HIGHLIGHTED = {StoryDocument.BODY, StoryDocument.QUOTES};
    private static final int[] PASSAGES = {2, 1};
    private final Analyzer analyzer;

    HitReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<SearchHit> read(IndexSearcher searcher, Query query, TopDocs top, boolean highlight) throws IOException {
        Map<String, String[]> fragments = highlight && top.scoreDocs.length > 0 ? highlights(searcher, query, top) : Map.of();
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = stored.document(scoreDoc.doc, SHOWN);
            List<String> shown = new ArrayList<>();
            for (String field : HIGHLIGHTED) {
                String[] byField = fragments.get(field);
                if (byField != null && byField[i] != null) shown.add(byField[i]);
            }
            hits.add(new SearchHit(doc.get(StoryDocument.ID), doc.get(StoryDocument.SLUG), doc.get(StoryDocument.HEADLINE),
                    doc.get(StoryDocument.STANDFIRST), Instant.ofEpochMilli(doc.getField(StoryDocument.UPDATED).numericValue().longValue()),
                    List.copyOf(shown)));
        }
        return hits;
    }

    private Map<String, String[]> highlights(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                // Escaped, so a fragment is safe to show as HTML with only the marks as markup.
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                // A fragment where nothing matched tells the reader nothing: none rather than the opening lines.
                .withMaxNoHighlightPassages(0)
                .build();
        return highlighter.highlightFields(HIGHLIGHTED, query, top, PASSAGES);
    }
}
