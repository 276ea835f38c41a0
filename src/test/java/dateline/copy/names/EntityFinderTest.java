package dateline.copy.names;

import dateline.copy.lexicon.KnownEntities;
import dateline.copy.quotes.QuoteFinder;

import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Quote;
import dateline.story.Block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity recognition on short invented stories: canonical names, exclusions, mentions. */
class EntityFinderTest {
    private final EntityFinder finder = new EntityFinder(KnownEntities.none());

    private static List<Block> body(String... paragraphs) {
        return Arrays.stream(paragraphs).map(Block::paragraph).toList();
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void namesAPersonOnceUnderTheFullNameTheStoryGives() {
        // when
        Entities found = finder.find("Petrov to visit Ankara", null, null, body(
                "Foreign Minister Ivan Petrov will travel to Ankara on Monday.",
                "Petrov said the talks would cover grain exports."));

        // then
        assertThat(names(found.people())).containsExactly("Ivan Petrov");
        assertThat(found.people().get(0).mentions()).extracting(Entity.Mention::block).containsExactly(-2, 0, 1);
        assertThat(names(found.places())).containsExactly("Ankara");
    }

    @Test
    void listsAbbreviationsUnderTheirCanonicalNames() {
        // when
        Entities found = finder.find(null, null, null, body(
                "The US and the EU agreed on new tariffs, U.S. officials said in the United States."));

        // then
        assertThat(names(found.places())).containsExactly("United States");
        assertThat(names(found.organizations())).containsExactly("European Union");
    }

    @Test
    void leavesOutDemonymsAndNamesInsideOtherNames() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Russian and Chinese diplomats met at the Delhi High Court building."));

        // then
        assertThat(names(found.places())).isEmpty();
        assertThat(names(found.organizations())).containsExactly("Delhi High Court");
    }

    @Test
    void leavesOutRegionalDemonyms() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Bavarian and Texan growers met buyers from the central Anatolian plains."));

        // then
        assertThat(names(found.places())).isEmpty();
    }

    @Test
    void readsNoPlaceInACurrencyPrefix() {
        // when
        Entities found = finder.find(null, null, null, body(
                "The fund will lend 480 billion won (US$360 million) to small firms, or HK$2 billion."));

        // then
        assertThat(names(found.places())).isEmpty();
    }

    @Test
    void readsEveryItemOfAPlaceListALocativeOpens() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Checks were made at sites in Varnok, Belstrom and Quillen this week.",
                "In Varnok, Pelmor said nothing."));

        // then
        assertThat(names(found.places())).containsExactly("Varnok", "Belstrom", "Quillen");
    }

    @Test
    void readsPlacesAPluralPlaceNounTakesAndNoPersonOpeningWithAnArticle() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Hail hit the districts of La Morvena and Las Brenas on Tuesday."));

        // then
        assertThat(names(found.places())).containsExactly("La Morvena", "Las Brenas");
        assertThat(found.people()).isEmpty();
    }

    @Test
    void takesTheDatelinePlaceInTitleCaseAndNotTheAgencyNamedOnlyThere() {
        // given
        String first = "NEW DELHI /Delhi Region/, March 4. /TASS/. Talks resumed on Tuesday.";
        DatelineInfo dateline = new DatelineInfo("NEW DELHI /Delhi Region/, March 4. /TASS/.", "NEW DELHI /Delhi Region/", "March 4", null, "TASS");

        // when
        Entities found = finder.find(null, null, dateline, body(first));

        // then
        assertThat(names(found.places())).containsExactly("New Delhi", "Delhi Region");
        assertThat(found.places().get(0).mentions()).containsExactly(new Entity.Mention(0, 0, 9));
        assertThat(found.organizations()).isEmpty();
    }

    @Test
    void readsAnApStateAbbreviationInTheDatelineAsTheState() {
        // given
        String first = "EASTON, Ill. (AP) — Lawmakers voted on Wednesday.";
        DatelineInfo dateline = new DatelineInfo("EASTON, Ill. (AP) —", "EASTON, Ill.", null, null, "AP");

        // when
        Entities found = finder.find(null, null, dateline, body(first));

        // then
        assertThat(names(found.places())).containsExactly("Easton", "Illinois");
    }

    @Test
    void knowsTheNationalNewsAgenciesBodiesAreToldThings() {
        // when
        Entities found = finder.find(null, null, null, body(
                "The mayor told dpa the dam held, and a farmer told EFE the crop was lost."));

        // then
        assertThat(names(found.organizations())).containsExactlyInAnyOrder("dpa", "EFE");
    }

    @Test
    void listsTheAgencyWhenTheBodyNamesIt() {
        // given
        DatelineInfo dateline = new DatelineInfo("OSLO, May 2. /TASS/.", "OSLO", "May 2", null, "TASS");

        // when
        Entities found = finder.find(null, null, dateline, body("OSLO, May 2. /TASS/. The fjord froze, a guide told TASS."));

        // then
        assertThat(names(found.organizations())).containsExactly("TASS");
    }

    @Test
    void readsOrganisationsByTheirHeadsAndAcronyms() {
        // when
        Entities found = finder.find(null, null, null, body(
                "The National Water Authority (NWA) said on Friday that the Supreme Grain Council had met.",
                "The NWA will publish its report in the Harbour Gazette newspaper."));

        // then
        assertThat(names(found.organizations()))
                .containsExactly("National Water Authority", "Supreme Grain Council", "Harbour Gazette");
        assertThat(found.organizations().get(0).mentions()).hasSize(3);
    }

    @Test
    void joinsTwoFieldsBeforeOneHeadAndMembersNamedInTheName() {
        // when
        Entities found = finder.find(null, null, null, body(
                "The Coastal Survey and Mapping Agency said the Harbour Health & Science University agreed.",
                "The Confederation of Hill Farmers and the Port Dockers' Union joined the talks.",
                "The Alpha Bank and Beta Bank merger was approved."));

        // then
        assertThat(names(found.organizations())).contains("Coastal Survey and Mapping Agency",
                "Harbour Health & Science University", "Confederation of Hill Farmers", "Port Dockers' Union",
                "Alpha Bank", "Beta Bank");
    }

    @Test
    void dropsOccupationsWrittenBeforeAName() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Pharmacist Jane Roe and meteorologist Ivo Marsh spoke, as did Villager Ana Kole.",
                "Convenor Emi Sato said the office was open."));

        // then
        assertThat(names(found.people())).containsExactlyInAnyOrder("Jane Roe", "Ivo Marsh", "Ana Kole", "Emi Sato");
        assertThat(names(found.organizations())).isEmpty();
    }

    @Test
    void dropsHonorificsAndTitlesFromPeoplesNames() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Prime Minister Datuk Seri Aziz Rahman met Lt. Gen. Omar Haddad and Dr. Helen Park."));

        // then
        assertThat(names(found.people())).containsExactly("Aziz Rahman", "Omar Haddad", "Helen Park");
    }

    @Test
    void recognisesWhatTheArchiveConfirmed() {
        // given: a name no bundled list holds, confirmed as an organisation
        KnownEntities known = KnownEntities.of(List.of(new Entity("Zorblat", Entity.Kind.ORGANIZATION, List.of())));

        // when
        Entities found = new EntityFinder(known).find(null, null, null, body("Shares of Zorblat rose on Monday."));

        // then
        assertThat(names(found.organizations())).containsExactly("Zorblat");
    }

    @Test
    void readsPlacesByTheirHeadsAndPrepositions() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Villagers in Qarlik fled to Umberto Village near the Salt River after the quake."));

        // then
        assertThat(names(found.places())).containsExactly("Qarlik", "Umberto Village", "Salt River");
    }

    @Test
    void givesASharedSurnameToTheFullNameReadLast() {
        // when
        List<Quote> quotes;
        List<Block> blocks = body(
                "President Carlos Mendes da Costa opened the summit with Health Minister Rita Costa.",
                "\"Vaccines reach every state this year,\" Costa said.");
        Entities found = finder.find(null, null, null, blocks);
        quotes = QuoteFinder.find(blocks, found);

        // then
        assertThat(names(found.people())).containsExactly("Carlos Mendes da Costa", "Rita Costa");
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Rita Costa");
    }

    @Test
    void readsAnAcronymAsTheOrganisationWhoseInitialsItIs() {
        // when
        Entities found = finder.find(null, null, null, body(
                "The Royal College of Midwives warned of shortages.",
                "The RCM said staff were leaving."));

        // then
        assertThat(names(found.organizations())).containsExactly("Royal College of Midwives");
        assertThat(found.organizations().get(0).mentions()).hasSize(2);
    }

    @Test
    void readsANationalBodyNamedAfterADemonym() {
        // when
        Entities found = finder.find(null, null, null, body("The Moldovan Grain Exchange said prices fell."));

        // then
        assertThat(names(found.organizations())).containsExactly("Moldovan Grain Exchange");
        assertThat(found.people()).isEmpty();
    }

    @Test
    void listsNoEventsLawsOrPlansNorTheNamesInsideThem() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Crowds marked Victory Day as the Lisbon Agreement and the Digital Markets Act took effect."));

        // then
        assertThat(found.people()).isEmpty();
        assertThat(found.places()).isEmpty();
        assertThat(found.organizations()).isEmpty();
    }

    @Test
    void recognisesTheArchivesEntitiesByTheirSurnamesAndAcronyms() {
        // given
        KnownEntities known = KnownEntities.of(List.of(
                new Entity("Ilse Vandermeer", Entity.Kind.PERSON, List.of()),
                new Entity("Northern Fisheries Board", Entity.Kind.ORGANIZATION, List.of())));

        // when
        Entities found = new EntityFinder(known).find(null, null, null, body("Vandermeer told the NFB board about quotas."));

        // then
        assertThat(names(found.people())).containsExactly("Ilse Vandermeer");
        assertThat(names(found.organizations())).containsExactly("Northern Fisheries Board");
    }

    @Test
    void joinsASurnameSpelledOneLetterDifferentlyToItsFullName() {
        // when
        Entities found = finder.find("Kovalenkov says talks will resume", null, null, body(
                "Deputy Minister Arkady Kovalenko said on Monday that talks would resume."));

        // then
        assertThat(names(found.people())).containsExactly("Arkady Kovalenko");
        assertThat(found.people().get(0).mentions()).hasSize(2);
    }

    @Test
    void readsANameBackFromItsAcronymAcrossItsConnectingWords() {
        // when
        Entities found = finder.find(null, null, null, body(
                "The National Office on Water and Soil (NOWS) warned of drought. NOWS data showed a dry spring."));

        // then
        assertThat(names(found.organizations())).containsExactly("National Office on Water and Soil");
        assertThat(found.organizations().get(0).mentions()).hasSize(3);
    }

    @Test
    void readsPlacesThatPlaceNounsName() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Fires reached the town of Kellavik, residents of Orrin Vale said, and spread to Tarsk and Mell counties.",
                "The East Midlands were spared."));

        // then
        assertThat(names(found.places())).containsExactly("Kellavik", "Orrin Vale", "Tarsk", "Mell", "East Midlands");
        assertThat(found.people()).isEmpty();
    }

    @Test
    void splitsATitleFromItsComplementAndTheNameAfterIt() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Head of the Vostok District Pavel Orlov opened the school."));

        // then
        assertThat(names(found.people())).containsExactly("Pavel Orlov");
        assertThat(names(found.places())).containsExactly("Vostok District");
    }

    @Test
    void readsACompanyNameWithoutItsSuffixAsTheCompany() {
        // when: "Lima" is a known place, but here it opens the company's short name
        Entities found = finder.find(null, null, null, body(
                "The smelter is run by Lima Tin Corp, officials said.",
                "Lima Tin said in a statement that output would recover."));

        // then
        assertThat(names(found.organizations())).containsExactly("Lima Tin Corp");
        assertThat(found.places()).isEmpty();
        assertThat(found.people()).isEmpty();
    }

    @Test
    void leavesARoleWordOpeningTheSentenceOutOfTheName() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Nurse Maria Olsen said the ward was full.",
                "Olsen said more beds were coming."));

        // then
        assertThat(names(found.people())).containsExactly("Maria Olsen");
    }

    @Test
    void joinsALastFieldAfterAndIntoAMinistryName() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Exports grew, the Ministry of Mining and Energy said on Friday.",
                "The Ministry of Health and Anna Berg declined to comment."));

        // then
        assertThat(names(found.organizations())).containsExactly("Ministry of Mining and Energy", "Ministry of Health");
        assertThat(names(found.people())).containsExactly("Anna Berg");
    }

    @Test
    void keepsAnOfNamedBodyBeforeATitle() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Rates will stay, National Bank of Freedonia Governor Paul Amsel told reporters."));

        // then
        assertThat(names(found.organizations())).containsExactly("National Bank of Freedonia");
        assertThat(names(found.people())).containsExactly("Paul Amsel");
    }

    @Test
    void readsNoRegionIntoALoneHeadWord() {
        // when
        Entities found = finder.find(null, null, null, body(
                "The Centre said it had released more wheat, and the Coast was calm."));

        // then
        assertThat(found.places()).isEmpty();
        assertThat(found.people()).isEmpty();
    }

    @Test
    void readsAnIndianHouseAsAnOrganisation() {
        // when
        Entities found = finder.find(null, null, null, body(
                "Members walked out in the Vidhan Sabha on Tuesday."));

        // then
        assertThat(names(found.organizations())).containsExactly("Vidhan Sabha");
        assertThat(found.places()).isEmpty();
    }
}
