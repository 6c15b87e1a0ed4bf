package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Dialog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.AttendanceStatus;
import org.traject.delivery.internal.Completions;
import org.traject.delivery.DeliveryFixtures;
import org.traject.delivery.internal.ResultOutcome;
import org.traject.people.People;
import org.traject.test.DemoUsers;

/**
 * The delivery journey on a tablet: a secretary registers a session's attendance in the
 * room, records an exam, completes the cohort; the participant then finds the points on
 * their record and downloads a certificate that names them.
 */
class DeliveryBrowserTest extends BrowserTest {

	@Autowired
	CohortEditing cohorts;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EnrolmentAdministration enrolments;

	@Autowired
	People people;

	@Autowired
	Attendance attendance;

	@Autowired
	Completions completions;

	@Test
	void aSecretaryRegistersAndCompletesOnATabletAndTheParticipantGetsTheCertificate() throws Exception {
		var fixtures = new DeliveryFixtures(cohorts, programmes, catalogue, enrolments, people);
		var cohort = fixtures.pastCohort(DeliveryFixtures.TALENT_PROGRAMME, 2);
		var sofie = fixtures.enrol(cohort.id(), "Sofie Lund");
		var peter = fixtures.enrol(cohort.id(), "Peter Holm");
		// the second session, the assignment and the internship were registered before
		for (var p : new DeliveryFixtures.Participant[] { sofie, peter }) {
			attendance.record(cohort.id(), cohort.sessions().get(1), p.enrolmentId(), AttendanceStatus.PRESENT, null,
					p.personId());
		}
		var modules = catalogue.find(cohort.programmeId()).orElseThrow().modules();
		long exam = modules.stream().filter(m -> m.type() == ModuleType.EXAM).findFirst().orElseThrow().id();
		long assignment = modules.stream()
			.filter(m -> m.type() == ModuleType.LEADERSHIP_ASSIGNMENT)
			.findFirst()
			.orElseThrow()
			.id();
		long internship = modules.stream()
			.filter(m -> m.type() == ModuleType.INTERNSHIP)
			.findFirst()
			.orElseThrow()
			.id();
		completions.recordResults(cohort.id(), sofie.enrolmentId(),
				Map.of(assignment, ResultOutcome.APPROVED, internship, ResultOutcome.DONE), null);

		page.setViewportSize(768, 1024);
		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/cohorts/" + cohort.id() + "/attendance");
		page.locator(".session-link").first().click();
		checkAccessibility();

		// one tap per person, saved at once and swapped in place
		var sofieRow = page.locator("#attendee-" + sofie.enrolmentId());
		var present = sofieRow.locator("button.btn-present");
		assertThat(present).isVisible();
		assertThat(present.boundingBox().height).isGreaterThanOrEqualTo(44);
		present.click();
		assertThat(sofieRow.locator("button.btn-present")).hasAttribute("aria-pressed", "true");
		assertThat(sofieRow.locator(".saved-note")).isVisible();
		assertThat(page).hasURL(url("/secretary/cohorts/" + cohort.id() + "/attendance/" + cohort.sessions().get(0)));
		checkAccessibility();
		// the rest in one go
		page.locator(".btn-attend-all").click();
		assertThat(page.locator("#attendee-" + peter.enrolmentId() + " button.btn-present"))
			.hasAttribute("aria-pressed", "true");
		checkAccessibility();

		// the exam result
		page.locator(".delivery-nav a[href$='/results']").click();
		checkAccessibility();
		var results = page.locator("#result-" + sofie.enrolmentId());
		results.locator("select[name='module-" + exam + "']").selectOption(ResultOutcome.PASSED.name());
		results.locator("button[type=submit]").click();
		assertThat(page.locator("#result-" + sofie.enrolmentId() + " .saved-note")).isVisible();

		// completion: Sofie meets the rule, Peter has no exam and assignment yet
		page.locator(".delivery-nav a[href$='/completion']").click();
		checkAccessibility();
		var sofieCard = page.locator("#participant-" + sofie.enrolmentId());
		assertThat(sofieCard.locator(".rule-met")).isVisible();
		assertThat(page.locator("#participant-" + peter.enrolmentId() + " .rule-not-met")).isVisible();
		sofieCard.locator("button.btn-complete").click();
		assertThat(page.locator(".flash-messages .alert-success")).containsText("TRJ-");
		page.locator("#participant-" + peter.enrolmentId() + " button[value=NOT_COMPLETED]").click();
		page.onceDialog(Dialog::accept);
		page.locator(".close-cohort button[type=submit]").click();
		assertThat(page.locator(".close-cohort")).hasCount(0);
		checkAccessibility();

		// the participant: points on the record, and the certificate names them
		useBrowserLanguage("en-GB");
		page.setViewportSize(768, 1024);
		signInAs(sofie.email());
		assertThat(page.locator("#my-delivery-heading")).isVisible();
		checkAccessibility();
		visit("/my/record");
		assertThat(page.locator(".register-table")).containsText("diploma (ECTS)");
		assertThat(page.locator(".register-table .register-points")).hasText("5");
		var download = page.waitForDownload(() -> page.locator(".certificate-link").first().click());
		byte[] pdf = Files.readAllBytes(download.path());
		var reader = new PdfReader(pdf);
		try {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Sofie Lund").contains("Ledertalentudvikling");
		}
		finally {
			reader.close();
		}
	}

}
