package dateline.search;

import java.time.Instant;
import java.util.List;

/**
 * One story found.
 *
 * @param highlights fragments of its text around the words searched for, HTML-escaped, with
 *                   each match in {@code <mark>}; empty when only a filter matched
 */
public record SearchHit(String id, String slug, String headline, String standfirst, Instant updated,
                        List<String> highlights) {}
