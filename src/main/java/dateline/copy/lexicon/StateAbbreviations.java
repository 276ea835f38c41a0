package dateline.copy.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * The abbreviations AP style gives US states in datelines ("SPRINGFIELD, Ill. (AP) —"), read
 * back to the states' names, which is how a story lists the place. Read only in datelines and
 * after a city and a comma ("Kansas City, Mo."): elsewhere "Ind." or "Miss." may mean something else.
 */
public final class StateAbbreviations {
    private static final String[] PAIRS = {
            "Ala.", "Alabama", "Ariz.", "Arizona", "Ark.", "Arkansas", "Calif.", "California", "Colo.", "Colorado",
            "Conn.", "Connecticut", "Del.", "Delaware", "Fla.", "Florida", "Ga.", "Georgia", "Ill.", "Illinois",
            "Ind.", "Indiana", "Kan.", "Kansas", "Ky.", "Kentucky", "La.", "Louisiana", "Md.", "Maryland",
            "Mass.", "Massachusetts", "Mich.", "Michigan", "Minn.", "Minnesota", "Miss.", "Mississippi",
            "Mo.", "Missouri", "Mont.", "Montana", "Neb.", "Nebraska", "Nev.", "Nevada", "N.H.", "New Hampshire",
            "N.J.", "New Jersey", "N.M.", "New Mexico", "N.Y.", "New York", "N.C.", "North Carolina",
            "N.D.", "North Dakota", "Okla.", "Oklahoma", "Ore.", "Oregon", "Pa.", "Pennsylvania",
            "R.I.", "Rhode Island", "S.C.", "South Carolina", "S.D.", "South Dakota", "Tenn.", "Tennessee",
            "Vt.", "Vermont", "Va.", "Virginia", "Wash.", "Washington", "W.Va.", "West Virginia",
            "Wis.", "Wisconsin", "Wyo.", "Wyoming"};
    private static final Map<String, String> STATES = new HashMap<>();

    static {
        for (int i = 0; i < PAIRS.length; i += 2) STATES.put(PAIRS[i], PAIRS[i + 1]);
    }

    private StateAbbreviations() {}

    /** "Ill." gives "Illinois"; anything else null. */
    public static String state(String abbreviation) {
        return STATES.get(abbreviation);
    }
}
