package org.traject.cohorts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.Enrolments;
import org.traject.people.People;
import org.traject.privacy.Statements;
import org.traject.test.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The public sign-up form as a visitor meets it, rendered by the real template but
 * without a database (the sign-up rules themselves are tested against PostgreSQL in
 * {@code EnrolmentRulesTest}).
 */
@WebSliceTest(SignupController.class)
@Import(SignupPage.class)
@WithAnonymousUser
class SignupFormWebTest {

	private static final long COHORT = 41;

	private static final long PROGRAMME = 7;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Enrolments enrolments;

	@MockitoBean
	Cohorts cohorts;

	@MockitoBean
	Catalogue catalogue;

	@MockitoBean
	Statements statements;

	@MockitoBean
	People people;

	@BeforeEach
	void anOpenCohortOfAPublishedProgramme() {
		given(statements.current(any(), any()))
			.willReturn(new Statements.Version("privacy", "en", 2, "Privacy", "We keep little.", null, null));
		var start = LocalDate.now().plusMonths(2);
		given(cohorts.find(COHORT)).willReturn(Optional
			.of(new Cohorts.CohortView(COHORT, PROGRAMME, "Voorjaar", start, start.plusMonths(3), "Utrecht", false,
					"Europe/Amsterdam", 16, 8, null, null, CohortStatus.OPEN, SeatRelease.OFFER, 48, 3, 0, List.of())));
		given(catalogue.find(PROGRAMME)).willReturn(Optional.of(new Catalogue.ProgrammeView(PROGRAMME, "intervisie",
				"Intervisietraject", "nl", ProgrammeStatus.PUBLISHED, ProgrammeFormat.MANAGEMENT_DEVELOPMENT_TRACK,
				true, null, null, BigDecimal.ZERO, null, List.of())));
		// published, and the manager's approval is asked, as the programme above says
		given(enrolments.terms(COHORT)).willReturn(new Enrolments.SignUpTerms(COHORT, PROGRAMME, true, true));
	}

	@Test
	void aVisitorWhoLeavesFieldsEmptyIsToldBesideEachFieldAndKeepsWhatTheyTyped() {
		var result = mvc.post()
			.uri("/signup/{id}", COHORT)
			.param("name", "Anna de Vries")
			.param("email", "")
			.param("organisation", "OBS De Regenboog")
			.param("language", "nl")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("cohorts/signup");
		assertThat(result).bodyText()
			.contains("id=\"email-error\"", "id=\"jobTitle-error\"", "id=\"managerName-error\"",
					"id=\"managerEmail-error\"")
			.doesNotContain("id=\"name-error\"", "id=\"organisation-error\"")
			.contains("value=\"Anna de Vries\"", "value=\"OBS De Regenboog\"");
		verify(enrolments, never()).signUpWithNewAccount(any(Enrolments.SignUpTerms.class), any(), any());
	}

	@Test
	void aMalformedAddressAndAnUnknownLanguageAreRefusedWithoutReachingTheRules() {
		var result = mvc.post()
			.uri("/signup/{id}", COHORT)
			.param("name", "Anna")
			.param("email", "anna@@example")
			.param("organisation", "School")
			.param("jobTitle", "Directeur")
			.param("language", "xx")
			.param("managerName", "Bo")
			.param("managerEmail", "bo@example.org")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("cohorts/signup");
		assertThat(result).bodyText()
			.contains("id=\"email-error\"", "id=\"language-error\"", "value=\"anna@@example\"");
		verify(enrolments, never()).signUpWithNewAccount(any(Enrolments.SignUpTerms.class), any(), any());
	}

	@Test
	void aCompleteFormGoesToTheCheckYourEmailPage() {
		var result = mvc.post()
			.uri("/signup/{id}", COHORT)
			.param("name", "Anna de Vries")
			.param("email", "anna@example.org")
			.param("organisation", "OBS De Regenboog")
			.param("jobTitle", "Directeur")
			.param("language", "nl")
			.param("managerName", "Bo Jansen")
			.param("managerEmail", "bo@example.org")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/signup/" + COHORT + "/done");
		assertThat(result).flash().containsEntry("checkEmail", "anna@example.org");
		verify(enrolments).signUpWithNewAccount(any(Enrolments.SignUpTerms.class), any(), any());
	}

	@Test
	void aCohortOfAnUnpublishedOrUnknownProgrammeIsNotFound() {
		assertThat(mvc.get().uri("/signup/{id}", 999)).hasStatus(404);
	}

	@Test
	void aSignUpPostedForACohortWhoseProgrammeIsNoLongerPublishedIsNotFoundAndChangesNothing() {
		given(enrolments.terms(COHORT)).willReturn(new Enrolments.SignUpTerms(COHORT, PROGRAMME, false, false));

		var result = mvc.post()
			.uri("/signup/{id}", COHORT)
			.param("name", "Anna de Vries")
			.param("email", "anna@example.org")
			.param("organisation", "OBS De Regenboog")
			.param("jobTitle", "Directeur")
			.param("language", "nl")
			.exchange();

		assertThat(result).hasStatus(404);
		verify(enrolments, never()).signUpWithNewAccount(any(Enrolments.SignUpTerms.class), any(), any());
	}

}
