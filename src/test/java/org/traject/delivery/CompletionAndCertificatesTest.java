package org.traject.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.internal.AttendanceBasis;
import org.traject.delivery.internal.CareerOutcomes;
import org.traject.delivery.internal.CompletionOutcome;
import org.traject.delivery.internal.CompletionRule;
import org.traject.delivery.internal.Completions;
import org.traject.delivery.internal.DeliveryRefusedException;
import org.traject.delivery.internal.LearningRecords;
import org.traject.delivery.internal.ResultKind;
import org.traject.delivery.internal.ResultOutcome;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

@IntegrationTest
class CompletionAndCertificatesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Attendance attendance;

	@Autowired
	Completions completions;

	@Autowired
	LearningRecords records;

	@Autowired
	CareerOutcomes outcomes;

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
	JdbcClient jdbc;

	DeliveryFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DeliveryFixtures(cohorts, programmes, catalogue, enrolments, people);
	}

	@Test
	void theBoardSaysWhyTheRuleIsNotMetAndACompletionAwardsTheProgrammesAccreditation() {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 5);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		var bram = fixtures.enrol(cohort.id(), "Bram Claes");
		for (int s = 0; s < 5; s++) {
			attend(cohort, s, anna, AttendanceStatus.PRESENT);
			attend(cohort, s, bram, s < 3 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT);
		}
		var board = completions.board(cohort.id());
		var bramLine = line(board, bram);
		assertThat(bramLine.check().met()).isFalse();
		assertThat(bramLine.check().shortfalls()).singleElement()
			.satisfies(s -> assertThat(s.arguments()).containsExactly(60, 80));
		assertThat(line(board, anna).check().met()).isTrue();

		var award = completions.decide(cohort.id(), anna.enrolmentId(), CompletionOutcome.COMPLETED, null, null);
		var programme = catalogue.find(cohort.programmeId()).orElseThrow();
		assertThat(award).isNotNull();
		assertThat(award.register()).isEqualTo(AccreditationRegister.SCHOOL_LEADERS_REGISTER);
		assertThat(award.points()).isEqualByComparingTo(programme.accreditationPoints());
		assertThat(award.days()).isEqualByComparingTo(programme.totalDays());
		assertThat(award.participantName()).isEqualTo("Anna Bakker");
		assertThat(award.completedOn()).isEqualTo(cohorts.find(cohort.id()).orElseThrow().endDate());
		assertThat(award.registrationValidUntil()).isEqualTo(award.completedOn().plusYears(4));
		assertThat(award.certificateNumber()).matches("TRJ-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
	}

	@Test
	void completingSomeoneBelowTheRuleNeedsAReasonAndACompletionIsFinal() {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 2);
		var bram = fixtures.enrol(cohort.id(), "Bram Claes");
		attend(cohort, 0, bram, AttendanceStatus.PRESENT);
		attend(cohort, 1, bram, AttendanceStatus.ABSENT);
		assertThatThrownBy(
				() -> completions.decide(cohort.id(), bram.enrolmentId(), CompletionOutcome.COMPLETED, " ", null))
			.isInstanceOfSatisfying(DeliveryRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(DeliveryRefusedException.Reason.NOTE_REQUIRED));
		completions.decide(cohort.id(), bram.enrolmentId(), CompletionOutcome.NOT_COMPLETED, null, null);
		var award = completions.decide(cohort.id(), bram.enrolmentId(), CompletionOutcome.COMPLETED,
				"Made up the missed day with an assignment", null);
		assertThat(award).isNotNull();
		assertThatThrownBy(
				() -> completions.decide(cohort.id(), bram.enrolmentId(), CompletionOutcome.NOT_COMPLETED, null, null))
			.isInstanceOfSatisfying(DeliveryRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(DeliveryRefusedException.Reason.ALREADY_COMPLETED));
	}

	@Test
	void aMissingExamKeepsSomeoneFromTheRuleUntilItIsPassed() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.TALENT_PROGRAMME, 2);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		attend(cohort, 0, anna, AttendanceStatus.PRESENT);
		attend(cohort, 1, anna, AttendanceStatus.PRESENT);
		var rule = completions.ruleOf(cohort.programmeId());
		var modules = catalogue.find(cohort.programmeId()).orElseThrow().modules();
		assertThat(rule.basis()).isEqualTo(AttendanceBasis.DAYS);
		var before = line(completions.board(cohort.id()), anna);
		assertThat(before.check().met()).isFalse();
		assertThat(before.check().shortfalls()).extracting(CompletionRule.Shortfall::messageKey)
			.contains("delivery.shortfall.missing.PASS", "delivery.shortfall.missing.APPROVAL",
					"delivery.shortfall.missing.DONE");

		var request = post("/secretary/cohorts/" + cohort.id() + "/results/" + anna.enrolmentId());
		for (var m : modules) {
			if (rule.requires(m.id())) {
				request.param("module-" + m.id(), ResultKind.of(m.type()).positive().name());
			}
		}
		mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(DemoUsers.SECRETARY))));
		assertThat(line(completions.board(cohort.id()), anna).check().met()).isTrue();
	}

	@Test
	void aResultOfTheWrongKindIsRefused() {
		var cohort = fixtures.pastCohort(DeliveryFixtures.TALENT_PROGRAMME, 1);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		var exam = catalogue.find(cohort.programmeId())
			.orElseThrow()
			.modules()
			.stream()
			.filter(m -> m.type() == org.traject.catalogue.ModuleType.EXAM)
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> completions.recordResults(cohort.id(), anna.enrolmentId(),
				java.util.Map.of(exam.id(), ResultOutcome.APPROVED), null))
			.isInstanceOf(org.traject.web.Refusal.class)
			.hasMessage("delivery.results.invalid");
	}

	@Test
	void theCohortClosesOnlyWhenEveryoneHasADecision() {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		attend(cohort, 0, anna, AttendanceStatus.PRESENT);
		long version = cohorts.find(cohort.id()).orElseThrow().version();
		assertThatThrownBy(() -> completions.closeCohort(cohort.id(), version))
			.isInstanceOf(DeliveryRefusedException.class);
		completions.decide(cohort.id(), anna.enrolmentId(), CompletionOutcome.COMPLETED, null, null);
		completions.closeCohort(cohort.id(), version);
		assertThat(cohorts.find(cohort.id()).orElseThrow().status()).isEqualTo(CohortStatus.COMPLETED);
	}

	@Test
	void theAwardKeepsTheValuesOfTheDayItWasMade() {
		var award = completedAward("Anna Bakker");
		// the programme's accreditation later changes: the award keeps what it was given
		long programmeId = award.programmeId();
		BigDecimal before = catalogue.find(programmeId).orElseThrow().accreditationPoints();
		jdbc.sql("update programme set accreditation_points = accreditation_points + 10 where id = :id")
			.param("id", programmeId)
			.update();
		try {
			assertThat(records.certificate(award.certificateNumber()).orElseThrow().points())
				.isEqualByComparingTo(before);
		}
		finally {
			jdbc.sql("update programme set accreditation_points = :points where id = :id")
				.param("points", before)
				.param("id", programmeId)
				.update();
		}
	}

	@Test
	void theDatabaseRefusesASecondCertificateWithTheSameNumber() {
		var first = completedAward("Anna Bakker");
		var second = completedAward("Bram Claes");
		assertThat(second.certificateNumber()).isNotEqualTo(first.certificateNumber());
		assertThatThrownBy(() -> jdbc.sql("update delivery_award set certificate_number = :number where id = :id")
			.param("number", first.certificateNumber())
			.param("id", second.id())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void thePublicCheckShowsNameProgrammeDateAndValidityAndNothingElse() throws Exception {
		var award = completedAward("Anna Bakker");
		var person = people.findById(award.personId()).orElseThrow();
		String body = mvc.perform(get("/certificates/" + award.certificateNumber()).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String text = Jsoup.parse(body).select("main").text();
		assertThat(text).contains("Anna Bakker")
			.contains(award.programmeTitle())
			.contains("genuine certificate")
			.contains(formatted(award.completedOn()))
			.contains(formatted(award.registrationValidUntil()));
		assertThat(body).doesNotContain(person.email())
			.doesNotContain(person.organisation())
			.doesNotContain("points")
			.doesNotContain(award.points().stripTrailingZeros().toPlainString() + " ")
			.doesNotContain(award.cohortCode());
	}

	@Test
	void anUnknownOrMalformedNumberIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/certificates/TRJ-1999-0000-0000")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		var lookup = mvc.perform(get("/certificates").param("number", "<script>")).andReturn();
		assertThat(lookup.getResponse().getRedirectedUrl()).isEqualTo("/certificates/%3Cscript%3E");
	}

	@Test
	void aParticipantDownloadsOnlyTheirOwnCertificateAndItNamesThem() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		var bram = fixtures.enrol(cohort.id(), "Bram Claes");
		attend(cohort, 0, anna, AttendanceStatus.PRESENT);
		var award = completions.decide(cohort.id(), anna.enrolmentId(), CompletionOutcome.COMPLETED, null, null);
		String path = "/my/certificates/" + award.certificateNumber() + ".pdf";

		var own = mvc.perform(get(path).with(user(DeliveryFixtures.user(anna)))).andReturn().getResponse();
		assertThat(own.getContentType()).isEqualTo("application/pdf");
		String pdf = text(own.getContentAsByteArray());
		assertThat(pdf).contains("Anna Bakker").contains(award.certificateNumber()).contains(award.programmeTitle());

		assertThat(mvc.perform(get(path).with(user(DeliveryFixtures.user(bram)))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theLearningRecordShowsPointsPerRegisterAndExportsThem() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		attend(cohort, 0, anna, AttendanceStatus.PRESENT);
		var award = completions.decide(cohort.id(), anna.enrolmentId(), CompletionOutcome.COMPLETED, null, null);

		String page = mvc.perform(get("/my/record").with(user(DeliveryFixtures.user(anna))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var registers = Jsoup.parse(page).select(".register-table tbody tr");
		assertThat(registers).hasSize(1);
		assertThat(registers.text()).contains("school leaders’ register")
			.contains("40")
			.contains(formatted(award.registrationValidUntil()));

		String csv = mvc.perform(get("/my/record.csv").with(user(DeliveryFixtures.user(anna))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(award.certificateNumber())
			.contains("\"40\"")
			.contains("/certificates/" + award.certificateNumber());

		var pdf = mvc.perform(get("/my/record.pdf").with(user(DeliveryFixtures.user(anna)))).andReturn().getResponse();
		assertThat(text(pdf.getContentAsByteArray())).contains("Learning record").contains(award.certificateNumber());
	}

	@Test
	void aParticipantRecordsTheirCareerOutcomeFromTheirRecord() throws Exception {
		var award = completedAward("Anna Bakker");
		var anna = new DeliveryFixtures.Participant(award.personId(), 0, "Anna Bakker",
				people.findById(award.personId()).orElseThrow().email());
		var form = Jsoup
			.parse(mvc.perform(get("/my/record").with(user(DeliveryFixtures.user(anna))))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("#award-" + award.id() + " form.outcome-form");
		assertThat(form.select("input[name=_csrf]")).hasSize(1);
		var result = mvc
			.perform(post(form.attr("action")).param("kind", "FORMAL_LEADERSHIP_ROLE")
				.param("roleTitle", "Directeur IKC")
				.param("occurredOn", LocalDate.now().toString())
				.with(csrf())
				.with(user(DeliveryFixtures.user(anna))))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/record#award-" + award.id());
		var outcome = records.of(anna.personId()).outcomeOf(award.id());
		assertThat(outcome.kind()).isEqualTo(CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE);
		assertThat(outcome.roleTitle()).isEqualTo("Directeur IKC");

		var future = mvc
			.perform(post(form.attr("action")).param("kind", "NONE_YET")
				.param("occurredOn", LocalDate.now().plusMonths(2).toString())
				.with(csrf())
				.with(user(DeliveryFixtures.user(anna))))
			.andReturn();
		assertThat(future.getFlashMap().get("flashError")).isEqualTo("delivery.outcome.invalid");
		assertThat(records.of(anna.personId()).outcomeOf(award.id()).kind())
			.isEqualTo(CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE);
	}

	@Test
	void theSecretaryExportsTheCompletionListInTheirLanguage() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 2);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		attend(cohort, 0, anna, AttendanceStatus.PRESENT);
		var response = mvc
			.perform(get("/secretary/cohorts/" + cohort.id() + "/completion.xlsx").param("lang", "nl")
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Naam");
			assertThat(rows.get(1).getCellText(0)).isEqualTo("Anna Bakker");
			assertThat(rows.get(1).getCellText(3)).isEqualTo("1");
			assertThat(rows.get(0).getCellText(8))
				.endsWith(cohorts.find(cohort.id()).orElseThrow().sessions().get(0).title());
			assertThat(rows.get(1).getCellText(8)).isEqualTo("aanwezig");
			assertThat(rows.get(1).getCellText(9)).isEqualTo("niet geregistreerd");
			assertThat(rows.get(1).getCellText(rows.get(1).getCellCount() - 4))
				.isEqualTo("50 % van de bijeenkomsten bijgewoond, 80 % nodig");
		}
		String csv = mvc
			.perform(get("/secretary/cohorts/" + cohort.id() + "/completion.csv").param("lang", "da")
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"Navn\";\"E-mail\"").contains("\"Anna Bakker\"");
	}

	@Test
	void theRuleEditorKeepsWhatWasTypedOnAnErrorAndRefusesAStaleEdit() throws Exception {
		long programmeId = fixtures.programme(DeliveryFixtures.IKC_TRACK);
		var editor = completions.ruleEditor(programmeId);
		String page = mvc
			.perform(post("/secretary/delivery/programmes/" + programmeId + "/rule").param("basis", "DAYS")
				.param("minimumPercent", "140")
				.param("version", Long.toString(editor.version()))
				.header("Accept-Language", "en")
				.with(csrf())
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var html = Jsoup.parse(page);
		assertThat(html.select(".error-summary a[href=#minimumPercent]").text()).contains("0 to 100");
		assertThat(html.select("#minimumPercent").val()).isEqualTo("140");
		assertThat(html.select("#basis-days").hasAttr("checked")).isTrue();
		assertThat(completions.ruleOf(programmeId)).isEqualTo(editor.rule());

		var stale = mvc
			.perform(post("/secretary/delivery/programmes/" + programmeId + "/rule").param("basis", "SESSIONS")
				.param("minimumPercent", "80")
				.param("version", Long.toString(editor.version() + 7))
				.header("Accept-Language", "en")
				.with(csrf())
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse();
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("Someone else changed this rule meanwhile");
		assertThat(completions.ruleOf(programmeId)).isEqualTo(editor.rule());
	}

	@Test
	void theOutcomeReportShowsTheShareWhoTookUpLeadership() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var people = new java.util.ArrayList<DeliveryFixtures.Participant>();
		for (String name : new String[] { "Anna Bakker", "Bram Claes", "Cas Dekker", "Dewi Eerens", "Eva Faber" }) {
			var p = fixtures.enrol(cohort.id(), name);
			attend(cohort, 0, p, AttendanceStatus.PRESENT);
			people.add(p);
		}
		var before = outcomes.report(cohort.programmeId());
		var awards = people.stream()
			.map(p -> completions.decide(cohort.id(), p.enrolmentId(), CompletionOutcome.COMPLETED, null, null))
			.toList();
		outcomes.recordOwn(people.get(0).personId(), awards.get(0).id(), CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE,
				"Director", LocalDate.now());
		outcomes.record(cohort.programmeId(), awards.get(1).id(), CareerOutcomeKind.LEADERSHIP_LIKE_ROLE, null,
				LocalDate.now(), null);
		outcomes.record(cohort.programmeId(), awards.get(2).id(), CareerOutcomeKind.NONE_YET, null, LocalDate.now(),
				null);
		var after = outcomes.report(cohort.programmeId());
		assertThat(after.completed()).isEqualTo(before.completed() + 5);
		assertThat(after.leadership()).isEqualTo(before.leadership() + 2);
		assertThat(after.unknown()).isEqualTo(before.unknown() + 2);
		assertThatThrownBy(() -> outcomes.recordOwn(people.get(1).personId(), awards.get(0).id(),
				CareerOutcomeKind.NONE_YET, null, LocalDate.now()))
			.isInstanceOf(java.util.NoSuchElementException.class);

		String page = mvc
			.perform(get("/secretary/delivery/programmes/" + cohort.programmeId() + "/outcomes")
				.header("Accept-Language", "en")
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select(".outcome-share").text())
			.contains(after.leadershipPercent() + " % took up a leadership role")
			.contains(after.leadership() + " of " + after.completed());
	}

	@Test
	void theDemoCohortIsCompletedWithACertificateForTheDemoParticipant() {
		var participant = people.findByEmail(DemoUsers.PARTICIPANT).orElseThrow();
		var record = records.of(participant.id());
		var award = record.awards()
			.stream()
			.filter(a -> a.cohortCode().equals(DeliveryFixtures.DEMO_COHORT_CODE))
			.findFirst()
			.orElseThrow();
		assertThat(award.register()).isEqualTo(AccreditationRegister.SCHOOL_LEADERS_REGISTER);
		assertThat(award.registrationValidUntil()).isEqualTo(award.completedOn().plusYears(4));
		assertThat(record.outcomeOf(award.id())).isNotNull();
		var report = outcomes.report(award.programmeId());
		assertThat(report.leadership()).isPositive();
		assertThat(cohorts.find(award.cohortId()).orElseThrow().status()).isEqualTo(CohortStatus.COMPLETED);
	}

	private LearningRecords.AwardView completedAward(String name) {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var p = fixtures.enrol(cohort.id(), name);
		attend(cohort, 0, p, AttendanceStatus.PRESENT);
		return completions.decide(cohort.id(), p.enrolmentId(), CompletionOutcome.COMPLETED, null, null);
	}

	private void attend(DeliveryFixtures.PastCohort cohort, int session, DeliveryFixtures.Participant p,
			AttendanceStatus status) {
		attendance.record(cohort.id(), cohort.sessions().get(session), p.enrolmentId(), status, null, p.personId());
	}

	private static Completions.BoardLine line(Completions.Board board, DeliveryFixtures.Participant p) {
		return board.lines()
			.stream()
			.filter(l -> l.participant().enrolmentId() == p.enrolmentId())
			.findFirst()
			.orElseThrow();
	}

	/** As the pages show it to an English reader: the British way, "12 November 2030". */
	private static String formatted(LocalDate date) {
		return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(java.util.Locale.UK)
			.format(date);
	}

	static String text(byte[] pdf) throws java.io.IOException {
		var reader = new PdfReader(pdf);
		try {
			var extractor = new PdfTextExtractor(reader);
			var text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

}
