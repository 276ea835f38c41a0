package dateline.copy.layout;

import java.util.Locale;
import java.util.Set;

/**
 * Indian and Malaysian papers open stories with the place and a colon ({@code Hyderabad: ...}),
 * and so do labels ({@code Update: ...}, {@code Exclusive: ...}). A title-case word before a
 * colon counts as a place unless it is one of the labels editors put there.
 */
public final class PlaceLabels {
    private static final int MAX_WORDS = 3;
    private static final Set<String> LABELS = Set.of("update", "updated", "note", "warning", "exclusive",
            "breaking", "watch", "analysis", "opinion", "explainer", "editorial", "comment", "review", "interview",
            "live", "video", "photos", "photo", "listen", "read", "summary", "background", "context", "correction",
            "clarification", "disclaimer", "source", "sources", "key", "highlights", "also", "related", "spoiler",
            "transcript", "q", "a", "question", "answer", "announcement", "advertisement", "sponsored", "quote",
            "fact", "facts", "editor's", "editors", "trigger", "content", "in", "brief", "recap", "preview",
            "verdict", "result", "results", "score", "report", "first", "more", "what", "why", "how",
            "who", "when", "where", "here", "this", "that", "these", "those", "the", "it", "he", "she", "they",
            "we", "i", "you", "today", "yesterday", "tomorrow", "now", "then", "but", "and", "so", "yes", "no",
            "pictured", "above", "below", "top", "bottom", "caption", "credit", "image", "tags", "topics",
            "statement", "full", "teaser", "trailer", "poll", "quiz", "tip", "tips", "lesson", "step", "bonus");

    private PlaceLabels() {}

    /** Up to three title-case words, none of them a label. */
    static boolean mayBePlace(String words) {
        String[] parts = words.split(" ");
        if (parts.length > MAX_WORDS) return false;
        for (String part : parts) {
            if (part.isEmpty() || LABELS.contains(part.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
