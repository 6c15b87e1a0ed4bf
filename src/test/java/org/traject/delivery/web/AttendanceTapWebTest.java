package org.traject.delivery.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.AttendanceStatus;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.test.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * One tap on the attendance sheet, as the secretary's tablet sends it: with htmx only the
 * tapped row and the counts come back; without JavaScript the same tap is a form post
 * that returns to that row. No database: what a tap records is
 * {@code AttendanceSheetTest}'s.
 */
@WebSliceTest(AttendanceController.class)
class AttendanceTapWebTest {

	private static final long COHORT = 12;

	private static final long SESSION = 120;

	private static final long ENROLMENT = 1200;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Attendance attendance;

	@BeforeEach
	void aSecretaryWithOneParticipantOnTheSheet() {
		var secretary = new CurrentUser(5, "secretary@traject.test", "Sara Secretary", "en", Set.of(Role.SECRETARY),
				"{noop}x", true);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretary, null, secretary.getAuthorities()));
		var start = LocalDate.now().plusDays(1);
		var cohort = new Cohorts.CohortView(COHORT, 3, "Voorjaar", start, start.plusMonths(2), "Utrecht", false,
				"Europe/Amsterdam", 16, 8, null, null, CohortStatus.RUNNING, SeatRelease.OFFER, 48, 1, 0, List.of());
		var programme = new Catalogue.ProgrammeView(3, "intervisie", "Intervisietraject", "nl",
				ProgrammeStatus.PUBLISHED, ProgrammeFormat.MANAGEMENT_DEVELOPMENT_TRACK, false, null, null,
				BigDecimal.ZERO, null, List.of());
		var startsAt = Instant.now().truncatedTo(ChronoUnit.HOURS);
		var session = new Cohorts.SessionView(SESSION, null, "Kick-off", startsAt, startsAt.plusSeconds(3 * 3600),
				"Utrecht");
		var present = new Attendance.SheetLine(ENROLMENT, 77, "Anna de Vries", "OBS De Regenboog",
				AttendanceStatus.PRESENT, null, Instant.now());
		given(attendance.record(eq(COHORT), eq(SESSION), eq(ENROLMENT), eq(AttendanceStatus.PRESENT), any(), anyLong()))
			.willReturn(present);
		given(attendance.sheet(COHORT, SESSION))
			.willReturn(new Attendance.Sheet(cohort, programme, session, List.of(present), null, null));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void withHtmxOnlyTheTappedRowAndTheCountsComeBack() {
		var result = mvc.post()
			.uri("/secretary/cohorts/{c}/attendance/{s}/{e}", COHORT, SESSION, ENROLMENT)
			.header("HX-Request", "true")
			.param("status", "PRESENT")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"attendee-" + ENROLMENT + "\"", "Anna de Vries", "id=\"attendance-counts\"",
					"data-hx-swap-oob=\"true\"")
			.doesNotContain("<html", "<nav");
	}

	@Test
	void withoutJavaScriptTheTapComesBackToTheSameRowWithAMessage() {
		var result = mvc.post()
			.uri("/secretary/cohorts/{c}/attendance/{s}/{e}", COHORT, SESSION, ENROLMENT)
			.param("status", "PRESENT")
			.exchange();

		assertThat(result).hasStatus3xxRedirection()
			.hasRedirectedUrl("/secretary/cohorts/" + COHORT + "/attendance/" + SESSION + "#attendee-" + ENROLMENT);
		assertThat(result).flash().containsEntry("flashSuccess", "delivery.attendance.saved.PRESENT");
	}

	@Test
	void aTapWithoutAStatusIsABadRequestAndRecordsNothing() {
		assertThat(mvc.post()
			.uri("/secretary/cohorts/{c}/attendance/{s}/{e}", COHORT, SESSION, ENROLMENT)
			.header("HX-Request", "true")
			.param("status", "MAYBE")).hasStatus(400);
		verify(attendance, never()).record(anyLong(), anyLong(), anyLong(), any(), any(), anyLong());
	}

}
