package dateline.wire;

import dateline.story.ChangeKind;
import java.util.Set;

/**
 * What a wire client may receive: its sections (empty: all) and whether it takes embargoed copy.
 * Drafts reach no one; embargoed copy only clients entitled to it, marked with its embargo;
 * a withdrawn story's later edits no one (the kill was its last word).
 */
public record Entitlement(Set<String> sections, boolean embargoed) {
    public static final Entitlement PUBLIC = new Entitlement(Set.of(), false);

    public Entitlement {
        sections = Set.copyOf(sections);
    }

    public boolean covers(String section) {
        return sections.isEmpty() || section != null && sections.contains(section);
    }

    /** The same entitlement narrowed to one section (a stream's or a pull's {@code ?section=}). */
    public Entitlement only(String section) {
        return section == null ? this : new Entitlement(Set.of(section), embargoed);
    }

    public boolean sees(WireChange change) {
        if (!covers(change.story().content().section())) return false;
        return switch (change.story().status()) {
            case DRAFT -> false;
            case SCHEDULED -> embargoed && change.kind() != ChangeKind.DRAFTED;
            case PUBLISHED -> change.kind().isPublic();
            case WITHDRAWN -> change.kind() == ChangeKind.WITHDRAWN;
        };
    }
}
