package dateline.copy.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The people and bodies that have spoken so far, in reading order, each at the attribution
 * where they spoke: "he" and "the minister" reach the people first, "it" and "the company"
 * the bodies, since a speaker is what a later back-reference most often means.
 */
final class Spoken {
    private final List<PersonIndex.Mention> people = new ArrayList<>();
    private final List<PersonIndex.Mention> bodies = new ArrayList<>();
    private final List<Voice> documents = new ArrayList<>();
    private final List<Voice> groups = new ArrayList<>();
    private final List<Called> unnamed = new ArrayList<>();

    /** A speaker that is no one entity mention: a document's authors, or a group of people; at tokens [from, to) of a block. */
    record Voice(String name, int block, int from, int to) {}

    /** An unnamed source and the noun the story called it by ("spokesperson"). */
    private record Called(String noun, Voice voice) {}

    /** Records that the person spoke at the attribution, and gives their name. */
    String person(PersonIndex.Mention person, Attribution a) {
        // Where the attribution names them ("MEC for X Affairs, Jacob Mamabolo, said"), they spoke
        // at their name, after any body named before it in the window; a pronoun or role noun at the window.
        boolean named = person.block() == a.block() && person.from() >= a.from() && person.to() <= a.to();
        PersonIndex.Mention at = named
                ? new PersonIndex.Mention(person.entity(), a.block(), person.from(), person.to(), false, false, true)
                : new PersonIndex.Mention(person.entity(), a.block(), a.from(), a.to(), false, false, true);
        people.add(PersonIndex.indexAt(people, a.block(), a.from()), at);
        return person.entity().name();
    }

    /** Records that a body (an organisation, or a country for its government) spoke at the attribution. */
    void body(PersonIndex.Mention body, Attribution a) {
        PersonIndex.Mention at = new PersonIndex.Mention(body.entity(), a.block(), a.from(), a.to(), false, false, true);
        bodies.add(PersonIndex.indexAt(bodies, a.block(), a.from()), at);
    }

    /** The people who spoke, in reading order. */
    List<PersonIndex.Mention> people() {
        return people;
    }

    /** The bodies that spoke, in reading order. */
    List<PersonIndex.Mention> bodies() {
        return bodies;
    }

    /** Records that a document spoke ("the letter stated") for its authors, as named. */
    void document(String name, Attribution a) {
        if (name != null) documents.add(new Voice(name, a.block(), a.from(), a.to()));
    }

    /** Records that an unnamed source spoke ("a spokesperson for the company said"), as named, with the noun it was called by. */
    void unnamed(String noun, String name, Attribution a) {
        if (name != null) unnamed.add(new Called(noun, new Voice(name, a.block(), a.from(), a.to())));
    }

    /** The latest unnamed source called by {@code noun} that spoke before the attribution, or null. */
    Voice unnamedBefore(String noun, Attribution a) {
        List<Voice> called = new ArrayList<>();
        for (Called c : unnamed) if (c.noun().equals(noun)) called.add(c.voice());
        return latest(called, a);
    }

    /** Records that a group of people spoke ("the lawmakers wrote", "officials said"), as named. */
    void group(String name, Attribution a) {
        if (name != null) groups.add(new Voice(name, a.block(), a.from(), a.to()));
    }

    /** The latest document that spoke before the attribution, or null. */
    Voice documentBefore(Attribution a) {
        return latest(documents, a);
    }

    /** The latest group that spoke before the attribution, or null. */
    Voice groupBefore(Attribution a) {
        return latest(groups, a);
    }

    private static Voice latest(List<Voice> voices, Attribution a) {
        Voice found = null;
        for (Voice v : voices) {
            boolean before = v.block() < a.block() || v.block() == a.block() && v.from() < a.from();
            if (before && (found == null || found.block() < v.block() || found.block() == v.block() && found.from() < v.from())) found = v;
        }
        return found;
    }
}
