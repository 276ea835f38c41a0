package dateline.bench;

/**
 * Copy written for the benchmarks: a TASS-style story page of about 4 KB in the seed's shape
 * (page chrome, headline, standfirst, dateline paragraph, quotes attributed by name and by
 * role, a subheading), and adversarial inputs of any size for the scaling curve.
 */
final class BenchCopy {
    private BenchCopy() {}

    static String story() {
        StringBuilder s = new StringBuilder("All news\nUpdated at: \u00A0\n\n");
        s.append("Harbour authority ready to expand ferry links with northern islands - director\n\n");
        s.append("Pavel Korin noted that the port expects the regional government to fund two new piers\n\n");
        s.append("MURMANSK, March 3. /TASS/. The harbour authority is ready to expand ferry links with the ")
                .append("northern islands and expects the regional government to fund two new piers, Director of the ")
                .append("Murmansk Harbour Authority Pavel Korin told TASS on Tuesday.\n\n");
        s.append("On Tuesday, the first of three new ferries arrived in the port after a voyage of eleven days from ")
                .append("the shipyard in Saint Petersburg.\n\n");
        for (int i = 1; i <= 9; i++) {
            s.append("\"We are ready to carry twice as many passengers as last year on route ").append(i)
                    .append(", and the crews have trained all winter. The islands need a ferry every day,\" Korin said.\n\n");
            s.append("\"The new piers will take two years to build,\" the director noted. \"Without them the ")
                    .append("ferries cannot call at the outer islands in winter,\" he added.\n\n");
        }
        s.append("The harbour handled 1.2 million passengers last year, a tenth more than the year before, and the ")
                .append("regional government has promised to decide on the piers by the end of the summer.\n\n");
        s.append("Winter timetable\n\n");
        s.append("In winter the ferries will sail twice a week, weather permitting, the harbour authority said in a ")
                .append("statement published on its website. Tickets will go on sale in April. Children under seven will ")
                .append("travel free, and pensioners will pay half fare on every route, including the new winter ")
                .append("crossings to the outer islands and the weekly service to the lighthouse station.\n\n");
        s.append("\"So far, we have not seen a great demand for winter crossings,\" the director said. \"That is why ")
                .append("the timetable will be reviewed after the first season,\" he noted.");
        return s.toString();
    }

    /** Paragraphs that open quotation marks and never close them, to {@code size} characters. */
    static String unbalancedQuotes(int size) {
        return fill(size, "\"We will \u201Cnot stop \u00ABthe \u2018ferry, said the \"director \u201C\n\n");
    }

    /** One endless sentence on one line: quote marks opened and closed, commas, never a full stop. */
    static String quotesWithoutStops(int size) {
        return fill(size, "\"word, \u201Cwords\u201D and \u00ABmore\u00BB said \"he ");
    }

    /** One line with no break at all: words, full stops and stray quote marks. */
    static String oneHugeLine(int size) {
        return fill(size, "The ferry \"sails at dawn. MOSCOW (Reuters) - \u201Cwords  ");
    }

    /** Many short lines, each a block of its own. */
    static String manyShortLines(int size) {
        return fill(size, "Short line\nANOTHER ONE\n\"Quoted,\n");
    }

    private static String fill(int size, String unit) {
        StringBuilder s = new StringBuilder(size + unit.length());
        while (s.length() < size) s.append(unit);
        s.setLength(size);
        return s.toString();
    }
}
