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
}
