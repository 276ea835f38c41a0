package dateline.copy.lexicon;

import dateline.story.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The other names under which copy mentions an entity the archive confirmed: a person's surname
 * ("Antonov" for Anatoly Antonov, when no other confirmed person shares it) and an organisation's
 * acronym ("CAAN" for Civil Aviation Authority of Nepal). Built-in names keep their meaning.
 */
public final class KnownAliases {
    private KnownAliases() {}

    /** Alias -> entity, for the aliases that are unambiguous among {@code entities}. */
    static Map<String, Entity> of(List<Entity> entities, Lexicon builtIn) {
        Map<String, Entity> aliases = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : entities) {
            String alias = aliasOf(e);
            if (alias == null || alias.equals(e.name()) || builtIn.lookup(alias) != null) continue;
            counts.merge(alias, 1, Integer::sum);
            aliases.put(alias, e);
        }
        aliases.keySet().removeIf(alias -> counts.get(alias) > 1);
        return aliases;
    }

    private static String aliasOf(Entity e) {
        String[] words = e.name().split(" ");
        if (words.length < 2) return null;
        if (e.kind() == Entity.Kind.PERSON) return words[words.length - 1];
        if (e.kind() != Entity.Kind.ORGANIZATION) return null;
        StringBuilder acronym = new StringBuilder();
        for (String word : words) if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) acronym.append(word.charAt(0));
        return acronym.length() >= 2 ? acronym.toString() : null;
    }
}
