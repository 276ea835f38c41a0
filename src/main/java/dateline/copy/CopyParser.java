package dateline.copy;

import java.time.LocalDate;
import java.util.List;

/** Structures raw wire copy. PLACEHOLDER: replaced by the real parser. */
public final class CopyParser {
    private final EntityFinder entityFinder;

    public CopyParser() { this(KnownEntities.none()); }

    public CopyParser(KnownEntities known) { this.entityFinder = new EntityFinder(known); }

    public ParsedCopy parse(String text) { return parse(text, null); }

    /** @param reference the date the copy was filed, to resolve "September 12"; null when unknown */
    public ParsedCopy parse(String text, LocalDate reference) {
        String[] parts = text.strip().split("\n\\s*\n");
        List<Block> blocks = new java.util.ArrayList<>();
        for (int i = 1; i < parts.length; i++) blocks.add(Block.paragraph(parts[i].strip()));
        Entities entities = entityFinder.find(parts[0], null, null, blocks);
        return new ParsedCopy(parts[0].strip(), null, null, blocks, QuoteFinder.find(blocks, entities),
                entities.people(), entities.places(), entities.organizations(), List.of());
    }
}
