package dateline.copy.layout;

import dateline.story.DatelineInfo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            WASHINGTON, September 12. /TASS/. The envoy spoke.          | WASHINGTON, September 12. /TASS/. | WASHINGTON                | September 12 | TASS
            IGORA /Leningrad Region/, December 26. /TASS/. He spoke.    | IGORA /Leningrad Region/, December 26. /TASS/. | IGORA /Leningrad Region/ | December 26 | TASS
            MOSCOW (Reuters) - Prices rose on Monday.                   | MOSCOW (Reuters) -                | MOSCOW                    | -            | Reuters
            WASHINGTON (AP) — The Senate voted.                         | WASHINGTON (AP) —                 | WASHINGTON                | -            | AP
            MEXICO CITY (AP) — Output grew.                             | MEXICO CITY (AP) —                | MEXICO CITY               | -            | AP
            BEIJING, Jan. 5 (Xinhua) -- Snow fell.                      | BEIJING, Jan. 5 (Xinhua) --       | BEIJING                   | Jan. 5       | Xinhua
            KYIV, Ukraine — Sirens sounded overnight.                   | KYIV, Ukraine —                   | KYIV, Ukraine             | -            | -
            NEW DELHI: The court adjourned.                             | NEW DELHI:                        | NEW DELHI                 | -            | -
            PUTRAJAYA, Nov 22 — The minister said today.                | PUTRAJAYA, Nov 22 —               | PUTRAJAYA                 | Nov 22       | -
            JINGGU, Yunnan, Oct. 8 (Xinhua) -- A vigil was held.        | JINGGU, Yunnan, Oct. 8 (Xinhua) -- | JINGGU, Yunnan           | Oct. 8       | Xinhua
            ST. LOUIS, March 3 (Reuters) - Rain stopped play.           | ST. LOUIS, March 3 (Reuters) -    | ST. LOUIS                 | March 3      | Reuters
            LONDON, 14 February (AFP) - Markets slipped.                | LONDON, 14 February (AFP) -       | LONDON                    | 14 February  | AFP
            SAO PAULO, Sept. 30, 2023 (Reuters) - Coffee rose.          | SAO PAULO, Sept. 30, 2023 (Reuters) - | SAO PAULO             | Sept. 30, 2023 | Reuters
            Kuala Lumpur, Nov 22 — The ringgit firmed.                  | Kuala Lumpur, Nov 22 —            | Kuala Lumpur              | Nov 22       | -
            PORTVILLE, Norland/EASTON (Reuters) - Divers searched.      | PORTVILLE, Norland/EASTON (Reuters) - | PORTVILLE, Norland/EASTON | -        | Reuters
            EASTON/PORTVILLE (Reuters) - Divers searched.               | EASTON/PORTVILLE (Reuters) -      | EASTON/PORTVILLE          | -            | Reuters
            NEW DELHI, Jan 5 (PTI) The court adjourned.                 | NEW DELHI, Jan 5 (PTI)            | NEW DELHI                 | Jan 5        | PTI
            New Delhi, Jan 5 (IANS) The court adjourned.                | New Delhi, Jan 5 (IANS)           | New Delhi                 | Jan 5        | IANS
            MOSCOW. Dec 26 (Interfax) - Prices rose.                    | MOSCOW. Dec 26 (Interfax) -       | MOSCOW                    | Dec 26       | Interfax
            WASHINGTON (AP) _ The Senate voted.                         | WASHINGTON (AP) _                 | WASHINGTON                | -            | AP
            ST. PETERSBURG, Fla. (AP) — A storm hit.                    | ST. PETERSBURG, Fla. (AP) —       | ST. PETERSBURG, Fla.      | -            | AP
            LONDON, March 3rd (Reuters) - Rain fell.                    | LONDON, March 3rd (Reuters) -     | LONDON                    | March 3rd    | Reuters
            Berlin (dpa) - The train was late.                          | Berlin (dpa) -                    | Berlin                    | -            | dpa
            Hyderabad: The channels went off the air.                   | Hyderabad:                        | Hyderabad                 | -            | -
            (Reuters) -The regulator approved the drug.                 | (Reuters) -                       | -                         | -            | Reuters
            (AP) — The regulator approved the drug.                     | (AP) —                            | -                         | -            | AP
            NORTHPORT, Norland, Jan. 14 Wirenews - Snow fell.           | NORTHPORT, Norland, Jan. 14 Wirenews - | NORTHPORT, Norland   | Jan. 14      | Wirenews
            Easton, Norland, Mar 5 (EFE).- Hail fell.                   | Easton, Norland, Mar 5 (EFE).-    | Easton, Norland           | Mar 5        | EFE
            """)
    void readsTheDatelineStylesAgenciesPrint(String paragraph, String written, String place, String dateText, String agency) {
        DatelineInfo dateline = DatelineReader.readStoryStart(paragraph, null);

        assertThat(dateline).isNotNull();
        assertThat(dateline.written()).isEqualTo(written);
        assertThat(dateline.place()).isEqualTo(place);
        assertThat(dateline.dateText()).isEqualTo(dateText);
        assertThat(dateline.agency()).isEqualTo(agency);
        assertThat(paragraph).startsWith(dateline.written());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "Russia is ready to step up cooperation, the ambassador said.",
            "US officials said on Friday that talks would resume.",
            "U.S. officials said on Friday that talks would resume.",
            "On Friday, a flag was lowered in memory of the victims.",
            "Soelistyo, head of the agency, told local television the search would widen.",
            "EU to impose new sanctions over Baltic Sea incident",
            "Gazprom (GAZP.MM) said on Tuesday it would cut supplies.",
            "NATO allies met in Brussels.",
            "Update: The road has reopened.",
            "Exclusive: Minister to resign, aides say.",
            "Pictured: The bridge after the flood.",
            "(The story was updated on Monday.)",
            "I said no.",
            "WASHINGTON",
            "MOSCOW, December 26",
            "PARIS, March 3 Police said the road was closed.",
            "\"We are ready,\" Antonov said.",
            ""})
    void findsNoDatelineWhereThereIsNone(String paragraph) {
        assertThat(DatelineReader.readStoryStart(paragraph, null)).isNull();
    }

    @Test
    void aPlaceAndItsCountryAloneOnALineIsADatelineButACapitalHeadingIsNot() {
        assertThat(DatelineReader.readAlone("NORTHPORT, Norland")).isEqualTo(
                new DatelineInfo("NORTHPORT, Norland", "NORTHPORT, Norland", null, null, null));
        assertThat(DatelineReader.readAlone("MARKET REACTION")).isNull();
        assertThat(DatelineReader.readAlone("NORTHPORT, Norland said the port was shut.")).isNull();
        assertThat(DatelineReader.readAlone("Northport, Norland")).isNull();
    }

    @Test
    void aTitleCaseNameBeforeAColonIsAPlaceOnlyWhereTheStoryStarts() {
        String paragraph = "Dennis: \"It is concerning to see the delays,\" he said.";

        assertThat(DatelineReader.read(paragraph, null)).isNull();
        assertThat(DatelineReader.readStoryStart("Hyderabad: The channels went off the air.", null).place()).isEqualTo("Hyderabad");
    }

    @ParameterizedTest(name = "{0} filed {1} is {2}")
    @CsvSource(textBlock = """
            'WASHINGTON, September 12. /TASS/. Text.', 2020-09-12, 2020-09-12
            'WASHINGTON, September 12. /TASS/. Text.', 2020-09-20, 2020-09-12
            'WASHINGTON, December 30. /TASS/. Text.',  2021-01-02, 2020-12-30
            'TOKYO, January 1 (Kyodo) - Text.',        2020-12-31, 2021-01-01
            'BEIJING, Jan. 5, 2019 (Xinhua) -- Text.', 2024-06-01, 2019-01-05
            'MOSCOW, February 29. /TASS/. Text.',      2023-03-01, 2020-02-29
            'LONDON, March 3rd (Reuters) - Text.',     2024-03-10, 2024-03-03
            """)
    void resolvesTheDateToTheLatestOneNotAfterTheReference(String paragraph, LocalDate reference, LocalDate expected) {
        assertThat(DatelineReader.read(paragraph, reference).date()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WASHINGTON, September 12. /TASS/. Text.", "MOSCOW (Reuters) - Text."})
    void leavesTheDateUnresolvedWithoutAReference(String paragraph) {
        assertThat(DatelineReader.read(paragraph, null).date()).isNull();
    }
}
