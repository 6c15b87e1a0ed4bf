package org.traject.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.catalogue.internal.CatalogueQuery;
import org.traject.catalogue.internal.CatalogueSearch;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.test.IntegrationTest;

/**
 * Full-text search and filters on real PostgreSQL, with each programme's own language
 * dictionary.
 */
@IntegrationTest
class CatalogueSearchTest {

	@Autowired
	CatalogueSearch search;

	@Autowired
	ProgrammeEditing editing;

	private String marker;

	@BeforeEach
	void uniqueWord() {
		// a made-up word keeps this test's programmes apart from the demo data and other
		// tests
		marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	private long programme(String language, String title, String content, Set<CareerPhase> phases, Set<Sector> sectors,
			ProgrammeFormat format, boolean publish) {
		long id = editing.create(new ProgrammeDetails(marker + "-" + UUID.randomUUID().toString().substring(0, 8),
				title, "Summary " + marker, language, format, phases, sectors, "", "", content, "", "", 0, "EUR", null,
				null, null, false, null));
		editing.addModule(id, ModuleType.LEARNING_DAY, "Day", BigDecimal.ONE, "");
		if (publish) {
			editing.publish(id, editing.findForEditing(id).orElseThrow().getVersion());
		}
		return id;
	}

	@Test
	void aDanishQueryFindsTheDanishProgrammeByAStemmedWord() {
		long danish = programme("da", "Forløb " + marker, "Vi styrker udviklingsforløbene i dagtilbud.",
				Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.CHILDCARE), ProgrammeFormat.LEARNING_DAY, true);
		programme("nl", "Traject " + marker, "Over ontwikkeltrajecten in de kinderopvang.",
				Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.CHILDCARE), ProgrammeFormat.LEARNING_DAY, true);

		var page = search.search(new CatalogueQuery(marker + " udviklingsforløb", null, null, null, null, false, 0));

		assertThat(page.cards()).extracting(CatalogueSearch.ProgrammeCard::id).containsExactly(danish);
	}

	@Test
	void aDutchQueryIsStemmedWithTheDutchDictionary() {
		long dutch = programme("nl", "Traject " + marker, "Voor schoolleiders in ontwikkeltrajecten.",
				Set.of(CareerPhase.INDUCTION), Set.of(Sector.PRIMARY), ProgrammeFormat.INTENSIVE_TRACK, true);

		var page = search
			.search(new CatalogueQuery(marker + " ontwikkeltraject schoolleider", null, null, null, null, false, 0));

		assertThat(page.cards()).extracting(CatalogueSearch.ProgrammeCard::id).containsExactly(dutch);
	}

	@Test
	void aTitleMatchRanksAboveAMatchInTheContent() {
		long inContent = programme("en", "Masterclass " + marker, "We talk about mentoring throughout.",
				Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.SECONDARY), ProgrammeFormat.MASTERCLASS, true);
		long inTitle = programme("en", "Mentoring " + marker, "A day for new leaders.", Set.of(CareerPhase.ESTABLISHED),
				Set.of(Sector.SECONDARY), ProgrammeFormat.MASTERCLASS, true);

		var page = search.search(new CatalogueQuery(marker + " mentoring", null, null, null, null, false, 0));

		assertThat(page.cards()).extracting(CatalogueSearch.ProgrammeCard::id).containsExactly(inTitle, inContent);
	}

	@Test
	void aWordIsFoundInsideACompoundAndByItsEnglishStem() {
		long coach = programme("nl", "Gesprek met een managementcoach " + marker, "Een vrijblijvend gesprek.",
				Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.SECONDARY), ProgrammeFormat.COACHING, true);
		long leaders = programme("nl", "Netwerk voor schoolleiders " + marker, "Samen leren.",
				Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.PRIMARY), ProgrammeFormat.COACHING, true);

		assertThat(ids(marker + " coaching")).containsExactly(coach);
		assertThat(ids(marker + " leiders")).containsExactly(leaders);
		assertThat(ids(marker + " managem")).as("a word still being typed").containsExactly(coach);
		assertThat(ids(marker + " vrijblijvend")).containsExactly(coach);
		assertThat(ids(marker + " coaching nowhere")).as("every word must be found").isEmpty();
	}

	@Test
	void theDemoCoachingConversationIsFoundByCoaching() {
		var page = search.search(new CatalogueQuery("coaching", null, null, null, null, false, 0));

		assertThat(page.cards()).extracting(CatalogueSearch.ProgrammeCard::slug)
			.contains("gesprek-met-een-managementcoach");
	}

	private java.util.List<Long> ids(String q) {
		return search.search(new CatalogueQuery(q, null, null, null, null, false, 0))
			.cards()
			.stream()
			.map(CatalogueSearch.ProgrammeCard::id)
			.toList();
	}

	@Test
	void filtersNarrowByPhaseSectorFormatAndLanguage() {
		long match = programme("en", "Leading " + marker, "", Set.of(CareerPhase.ORIENTATION, CareerPhase.INDUCTION),
				Set.of(Sector.VOCATIONAL), ProgrammeFormat.INTERVISION_TRACK, true);
		programme("en", "Other phase " + marker, "", Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.VOCATIONAL),
				ProgrammeFormat.INTERVISION_TRACK, true);
		programme("en", "Other sector " + marker, "", Set.of(CareerPhase.INDUCTION), Set.of(Sector.PRIMARY),
				ProgrammeFormat.INTERVISION_TRACK, true);
		programme("da", "Andet sprog " + marker, "", Set.of(CareerPhase.INDUCTION), Set.of(Sector.VOCATIONAL),
				ProgrammeFormat.INTERVISION_TRACK, true);

		var page = search.search(new CatalogueQuery(marker, CareerPhase.INDUCTION, Sector.VOCATIONAL,
				ProgrammeFormat.INTERVISION_TRACK, "en", false, 0));

		assertThat(page.cards()).extracting(CatalogueSearch.ProgrammeCard::id).containsExactly(match);
		assertThat(page.total()).isEqualTo(1);
	}

	@Test
	void draftsAreNeverPublic() {
		programme("en", "Draft " + marker, "", Set.of(CareerPhase.INDUCTION), Set.of(Sector.PRIMARY),
				ProgrammeFormat.MASTERCLASS, false);

		assertThat(search.search(new CatalogueQuery(marker, null, null, null, null, false, 0)).cards()).isEmpty();
	}

	@Test
	void openOnlyKeepsProgrammesWithACohortOpenForEnrolment() {
		var page = search.search(new CatalogueQuery(null, null, null, null, null, true, 0));

		assertThat(page.cards()).isNotEmpty().allSatisfy(card -> assertThat(card.openCohorts()).isPositive());
		var all = search.search(CatalogueQuery.everything());
		assertThat(all.total()).isGreaterThan(page.total());
	}

	@Test
	void theDemoCatalogueHasMoreThanOnePageAndShowsProgrammesWithoutACohort() {
		var first = search.search(CatalogueQuery.everything());

		assertThat(first.pages()).isGreaterThan(1);
		assertThat(first.cards()).hasSize(CatalogueQuery.PAGE_SIZE);
		var danishDay = search.search(new CatalogueQuery("barnets første 1000 dage", null, null, null, "da", false, 0));
		assertThat(danishDay.cards()).first().satisfies(card -> assertThat(card.hasNextCohort()).isFalse());
	}

}
