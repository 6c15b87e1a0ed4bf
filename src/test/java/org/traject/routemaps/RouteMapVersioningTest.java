package org.traject.routemaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.routemaps.Enums.Audience;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.VersionStatus;
import org.traject.routemaps.internal.RouteMapEditing.CardTexts;
import org.traject.routemaps.internal.RouteMapEditing.StepTexts;
import org.traject.routemaps.internal.RouteMapEditing.VersionTexts;
import org.traject.routemaps.internal.RouteMapEditing;
import org.traject.routemaps.internal.RouteMapPdfs;
import org.traject.routemaps.internal.RouteMapQueries;
import org.traject.routemaps.internal.RouteMapRuleException;
import org.traject.test.IntegrationTest;

/**
 * A published route map never changes, not even by hand-written SQL; editing it makes a
 * new draft that keeps the step and card keys (so what partnerships recorded stays
 * attached); the printable cards hold the questions of the audience asked for.
 */
@IntegrationTest
class RouteMapVersioningTest {

	@Autowired
	RouteMapEditing editing;

	@Autowired
	RouteMapQueries queries;

	@Autowired
	RouteMapPdfs pdfs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublishedVersionIsFrozenAndEditingMakesADraftWithTheSameKeys() {
		long first = editing.create(null, new VersionTexts(Texts.of("Proefkaart", null, "Trial map"), null), false);
		assertThatThrownBy(() -> editing.publish(first)).isInstanceOf(RouteMapRuleException.class);
		long step = editing.addStep(first, new StepTexts(Texts.of("Informeren", null, null), null));
		editing.addCard(first, step, new CardTexts(Audience.ALL, Texts.of("Kaart", null, null),
				Texts.of("Eerste vraag?", null, null), null));
		editing.publish(first);

		assertThatThrownBy(() -> editing.addStep(first, new StepTexts(Texts.of("Nog een", null, null), null)))
			.isInstanceOf(RouteMapRuleException.class);
		assertThatThrownBy(() -> jdbc.sql("update route_map_card set title_nl = 'Stiekem' where version_id = :v")
			.param("v", first)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("not a draft");
		assertThatThrownBy(() -> jdbc.sql("update route_map_version set name_nl = 'Stiekem' where id = :v")
			.param("v", first)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("only its retirement");

		var published = queries.version(first);
		long draft = editing.editableDraft(published.routeMapId());
		assertThat(editing.editableDraft(published.routeMapId())).as("one draft at a time").isEqualTo(draft);
		var copy = queries.version(draft);
		assertThat(copy.number()).isEqualTo(2);
		assertThat(copy.steps().get(0).key()).isEqualTo(published.steps().get(0).key());
		assertThat(copy.steps().get(0).cards().get(0).key()).isEqualTo(published.steps().get(0).cards().get(0).key());

		long card = copy.steps().get(0).cards().get(0).id();
		editing.updateCard(draft, card, new CardTexts(Audience.NEW, Texts.of("Kaart", null, null),
				Texts.of("Eerste vraag?\nTweede vraag?", null, "First question?\nSecond question?"), null));
		editing.publish(draft);
		assertThat(queries.version(first).status()).isEqualTo(VersionStatus.RETIRED);
		assertThat(queries.publishedVersion(published.routeMapId()).orElseThrow().id()).isEqualTo(draft);
		assertThat(queries.version(first).steps().get(0).cards().get(0).questions().nl()).isEqualTo("Eerste vraag?");
	}

	@Test
	void thePrintableCardsHoldTheQuestionsForTheAudienceAskedFor() throws Exception {
		long demo = jdbc.sql("select id from route_map where code = 'lock-draagvlak'").query(Long.class).single();
		var version = queries.publishedVersion(demo).orElseThrow();
		String forNew = text(pdfs.cards(version, 1, Membership.NEW, Locale.ENGLISH));
		assertThat(forNew).contains("1. Informing")
			.contains("Getting to know the partnership")
			.contains("What part could your school play in the partnership?")
			.contains("Who needs to know?")
			.doesNotContain("Catching up on the partnership")
			.doesNotContain("Creating urgency");
		String forExisting = text(pdfs.cards(version, 1, Membership.EXISTING, Locale.forLanguageTag("nl")));
		assertThat(forExisting).contains("Bijpraten over het partnerschap")
			.contains("Welke afspraken over opleiden gelden nu in uw school?")
			.doesNotContain("Kennismaken met het partnerschap");
		String all = text(pdfs.cards(version, null, null, Locale.forLanguageTag("nl")));
		assertThat(all).contains("Urgentie creëren").contains("Implementeren").contains("Voorbeeldinhoud");
	}

	private static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
