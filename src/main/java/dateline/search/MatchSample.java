package dateline.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.RoaringDocIdSet;

/**
 * An even sample of the matching stories: every k-th in index order, so that about
 * {@code size} remain. Index order is filing order, so the sample spreads over the whole time
 * the matches cover and each month keeps its share; no random seed, so the same query on the
 * same searcher gives the same sample on every page.
 */
final class MatchSample {
    private MatchSample() {}

    /** The sampled matches, and how many of them there are. */
    record Sample(FacetsCollector matches, long size) {}

    static Sample of(FacetsCollector all, long total, int size) throws IOException {
        long step = Math.max(1, (total + size - 1) / size);
        FacetsCollector sample = new FacetsCollector();
        long seen = 0, kept = 0;
        for (MatchingDocs segment : all.getMatchingDocs()) {
            DocIdSetIterator docs = segment.bits == null ? null : segment.bits.iterator();
            if (docs == null) continue;
            RoaringDocIdSet.Builder keep = new RoaringDocIdSet.Builder(segment.context.reader().maxDoc());
            int inSegment = 0;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (seen++ % step != 0) continue;
                keep.add(doc);
                inSegment++;
            }
            sample.getMatchingDocs().add(new MatchingDocs(segment.context, keep.build(), inSegment, null));
            kept += inSegment;
        }
        return new Sample(sample, kept);
    }
}
