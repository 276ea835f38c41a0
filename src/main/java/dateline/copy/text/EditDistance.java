package dateline.copy.text;

/** Whether two spellings differ by at most one inserted, deleted or replaced letter, in linear time. */
public final class EditDistance {
    private EditDistance() {}

    public static boolean atMostOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) i++;
        if (i == la || i == lb) return true;
        if (la == lb) return a.regionMatches(i + 1, b, i + 1, la - i - 1);
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : a.regionMatches(i, b, i + 1, la - i);
    }
}
