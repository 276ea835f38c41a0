package dateline.copy.lexicon;

import dateline.copy.text.Whitespace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list bundled with the parser under {@code dateline/copy/}, read once when a lexicon class
 * loads: lines without the comments ({@code #}) and blank lines, optionally grouped by
 * {@code [section]} headers. A missing list is a packaging error, so it fails loudly.
 */
public final class BundledList {
    private BundledList() {}

    static List<String> lines(String name) {
        String path = "/dateline/copy/" + name;
        try (InputStream in = BundledList.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("copy: bundled list missing: " + path);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) lines.add(trimmed);
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("copy: unable to read bundled list " + path, e);
        }
    }

    /** Whitespace-separated words of every line. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String line : lines(name)) words.addAll(List.of(line.split("\\s+")));
        return words;
    }

    /**
     * The entries of one {@code [section]} of a list, one per line (a line in double quotes is
     * taken as written inside them, so an entry may keep a trailing space: {@code "click to "}).
     * A missing section is a packaging error, like a missing list.
     */
    public static List<String> section(String name, String section) {
        List<String> entries = null;
        for (String line : lines(name)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                if (entries != null) break;
                if (line.substring(1, line.length() - 1).equals(section)) entries = new ArrayList<>();
            } else if (entries != null) {
                boolean quoted = line.length() >= 2 && line.startsWith("\"") && line.endsWith("\"");
                entries.add(quoted ? line.substring(1, line.length() - 1) : line);
            }
        }
        if (entries == null) throw new IllegalStateException("copy: section [" + section + "] missing from bundled list " + name);
        return List.copyOf(entries);
    }

    /** The whitespace-separated words of one {@code [section]}, several a line, as a set. */
    public static Set<String> sectionWords(String name, String section) {
        Set<String> words = new HashSet<>();
        for (String line : section(name, section)) words.addAll(List.of(line.split("\\s+")));
        return Set.copyOf(words);
    }

    /** The words of each {@code [section]}. */
    static Map<String, List<String>> sections(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        for (String line : lines(name)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(line.substring(1, line.length() - 1), current);
            } else {
                current.addAll(List.of(line.split("\\s+")));
            }
        }
        return sections;
    }
}
