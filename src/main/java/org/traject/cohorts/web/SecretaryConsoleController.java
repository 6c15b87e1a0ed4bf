package org.traject.cohorts.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;
import org.traject.cohorts.Actor;
import org.traject.cohorts.CohortOverview;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.internal.EnrolmentRefusedException;
import org.traject.people.CurrentUser;
import org.traject.web.Htmx;
import org.traject.web.SupportedLanguages;

/**
 * The course secretary's console: all cohorts with their counts, and per cohort the
 * roster, the waitlist and the actions on them. Every action is a plain form (POST,
 * redirect, flash message); with htmx the same URL answers with the updated roster
 * fragment instead, in place.
 */
@Controller
class SecretaryConsoleController {

	static final int PAGE_SIZE = 25;

	private final EnrolmentAdministration administration;

	private final RosterExport export;

	private final MessageSource messages;

	SecretaryConsoleController(EnrolmentAdministration administration, RosterExport export, MessageSource messages) {
		this.administration = administration;
		this.export = export;
		this.messages = messages;
	}

	/**
	 * The overview of all cohorts: filtered, searched, sorted and paged by the database
	 * (one statement for the page, one for the programme filter), its filter in the URL.
	 * With htmx the same URL answers with the results only.
	 */
	@GetMapping("/secretary/cohorts")
	String cohorts(CohortFilter filter, HttpServletRequest request, Model model) {
		var result = administration.overviewPage(filter.toQuery(), PAGE_SIZE);
		long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("cohorts", result.rows());
		model.addAttribute("total", result.total());
		model.addAttribute("page", filter.pageNumber());
		model.addAttribute("pages", pages);
		model.addAttribute("programmes", administration.programmesWithCohorts());
		model.addAttribute("statuses", CohortStatus.values());
		model.addAttribute("filter", filter);
		return Htmx.view(request, "cohorts/console", "results");
	}

	@GetMapping("/secretary/cohorts/{id}")
	String cohort(@PathVariable long id, @RequestParam(required = false) @Nullable String q, Locale locale,
			HttpServletRequest request, Model model) {
		fillCohortModel(id, q, locale, model);
		model.addAttribute("fromStart", cameFromStart(request));
		return Htmx.view(request, "cohorts/console-cohort", "roster");
	}

	/**
	 * One enrolment of the roster: its history, cancelling and moving it. With htmx the
	 * panel opens inside the roster row; without JavaScript it is a page of its own whose
	 * forms lead back to the roster.
	 */
	@GetMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}")
	String enrolment(@PathVariable long id, @PathVariable long enrolmentId, HttpServletRequest request, Model model) {
		model.addAttribute("detail", administration.enrolment(id, enrolmentId));
		return Htmx.view(request, "cohorts/console-enrolment", "panel");
	}

	/**
	 * Reached from an item on the start page ({@code from=start}): the action taken here
	 * returns there.
	 */
	private static boolean cameFromStart(HttpServletRequest request) {
		return "start".equals(request.getParameter("from"));
	}

	private void fillCohortModel(long id, @Nullable String q, Locale locale, Model model) {
		var roster = administration.roster(id);
		model.addAttribute("roster", roster);
		model.addAttribute("decisionDueFrom", roster.cohort().startDate().minus(CohortOverview.DECISION_WINDOW));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("found", q == null || q.isBlank() ? List.of() : administration.findPeople(q));
		model.addAttribute("languages", List.of("nl", "da", "en"));
		model.addAttribute("defaultLanguage", SupportedLanguages.closest(locale).getLanguage());
	}

	@GetMapping({ "/secretary/cohorts/{id}/roster.xlsx", "/secretary/cohorts/{id}/waitlist.xlsx" })
	ResponseEntity<byte[]> xlsx(@PathVariable long id, HttpServletRequest request, Locale locale) {
		var roster = administration.roster(id);
		boolean waitlist = request.getRequestURI().endsWith("/waitlist.xlsx");
		String name = messages.getMessage(waitlist ? "enrolment.export.file.waitlist" : "enrolment.export.file.roster",
				null, locale);
		byte[] body = export.xlsx(name, waitlist ? roster.waitlist() : roster.seated(), roster.cohort().zone(), locale);
		return download(body, fileName(roster, name, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping({ "/secretary/cohorts/{id}/roster.csv", "/secretary/cohorts/{id}/waitlist.csv" })
	ResponseEntity<byte[]> csv(@PathVariable long id, HttpServletRequest request, Locale locale) {
		var roster = administration.roster(id);
		boolean waitlist = request.getRequestURI().endsWith("/waitlist.csv");
		String name = messages.getMessage(waitlist ? "enrolment.export.file.waitlist" : "enrolment.export.file.roster",
				null, locale);
		byte[] body = export.csv(waitlist ? roster.waitlist() : roster.seated(), roster.cohort().zone(), locale);
		return download(body, fileName(roster, name, "csv"), MediaType.parseMediaType("text/csv; charset=UTF-8"));
	}

	private static String fileName(EnrolmentAdministration.Roster roster, String name, String extension) {
		return (roster.programme().slug() + "-" + roster.cohort().code() + "-" + name).toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-") + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	@PostMapping("/secretary/cohorts/{id}/enrol")
	String enrol(@PathVariable long id, @RequestParam long personId, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		return act(id, request, locale, model, redirect, () -> {
			var outcome = administration.enrol(id, personId, Actor.secretary(user), null);
			return "enrolment.console.enrolled." + outcome.status().name();
		});
	}

	@PostMapping("/secretary/cohorts/{id}/enrol-new")
	String enrolNew(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email,
			@RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String jobTitle,
			@RequestParam(defaultValue = "en") String language, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		if (name.isBlank() || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || name.length() > 200
				|| email.length() > 254) {
			return refuse(id, "enrolment.console.newPersonInvalid", request, locale, model, redirect);
		}
		var person = new EnrolmentAdministration.NewPerson(name, email, SignupForm.trimmed(organisation),
				SignupForm.trimmed(jobTitle),
				Locale.forLanguageTag(SupportedLanguages.isSupported(language) ? language : "en"));
		return act(id, request, locale, model, redirect, () -> {
			var outcome = administration.enrolNewPerson(id, person, Actor.secretary(user));
			return "enrolment.console.enrolled." + outcome.status().name();
		});
	}

	@PostMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long enrolmentId, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (reason.isBlank()) {
			return refuse(id, "enrolment.console.reasonRequired", request, locale, model, redirect);
		}
		return act(id, request, locale, model, redirect, () -> {
			administration.cancel(id, enrolmentId, Actor.secretary(user), reason);
			return "enrolment.console.cancelled";
		});
	}

	@PostMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}/move")
	String move(@PathVariable long id, @PathVariable long enrolmentId, @RequestParam String direction,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		if (reason.isBlank()) {
			return refuse(id, "enrolment.console.reasonRequired", request, locale, model, redirect);
		}
		return act(id, request, locale, model, redirect, () -> {
			administration.moveOnWaitlist(id, enrolmentId, "up".equals(direction) ? -1 : 1, Actor.secretary(user),
					reason);
			return "enrolment.console.moved";
		});
	}

	@PostMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}/promote")
	String promote(@PathVariable long id, @PathVariable long enrolmentId,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		return act(id, request, locale, model, redirect, () -> {
			administration.promote(id, enrolmentId, Actor.secretary(user), reason);
			return "enrolment.console.promoted";
		});
	}

	@PostMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}/transfer")
	String transfer(@PathVariable long id, @PathVariable long enrolmentId, @RequestParam long targetCohortId,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		if (reason.isBlank()) {
			return refuse(id, "enrolment.console.reasonRequired", request, locale, model, redirect);
		}
		return act(id, request, locale, model, redirect, () -> {
			administration.moveToCohort(id, enrolmentId, targetCohortId, Actor.secretary(user), reason);
			return "enrolment.console.transferred";
		});
	}

	@PostMapping("/secretary/cohorts/{id}/go-ahead")
	String goAhead(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		return act(id, request, locale, model, redirect, () -> {
			administration.confirmCohort(id, Actor.secretary(user), SignupForm.trimmed(reason));
			return "enrolment.console.goesAhead";
		});
	}

	/**
	 * Cancelling a cohort asks first, on a page of its own: what will happen, a reason
	 * (told to everyone enrolled), one button to go on and a link back that changes
	 * nothing. Works without JavaScript.
	 */
	@GetMapping("/secretary/cohorts/{id}/cancel")
	String confirmCancelCohort(@PathVariable long id, Model model) {
		model.addAttribute("roster", administration.roster(id));
		model.addAttribute("reason", "");
		return "cohorts/cancel-cohort";
	}

	@PostMapping("/secretary/cohorts/{id}/cancel")
	String cancelCohort(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 500) {
			model.addAttribute("roster", administration.roster(id));
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError",
					reason.isBlank() ? "enrolment.console.reasonRequired" : "cohortPage.cancel.reasonTooLong");
			return "cohorts/cancel-cohort";
		}
		try {
			administration.cancelCohort(id, Actor.secretary(user), reason);
		}
		catch (EnrolmentRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/secretary/cohorts/" + id;
		}
		redirect.addFlashAttribute("flashSuccess", "enrolment.console.cohortCancelled");
		return "redirect:/secretary/cohorts/" + id;
	}

	@PostMapping("/secretary/cohorts/{id}/invite-interest")
	String inviteInterest(@PathVariable long id, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		int[] invited = new int[1];
		String view = act(id, request, locale, model, redirect, () -> {
			invited[0] = administration.inviteInterestList(id);
			return "enrolment.console.invited";
		});
		Object[] args = { invited[0] };
		if (Htmx.isHtmxRequest(request)) {
			model.addAttribute("rosterArgs", args);
		}
		else {
			redirect.addFlashAttribute("flashArgs", args);
		}
		return view;
	}

	/**
	 * Runs one action and answers: the roster fragment with a message for htmx, otherwise
	 * a redirect to the cohort page with a flash message. A refusal leaves everything as
	 * it was and says why.
	 */
	private String act(long id, HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect,
			Supplier<String> action) {
		String success;
		try {
			success = Objects.requireNonNull(action.get());
		}
		catch (EnrolmentRefusedException ex) {
			return refuse(id, ex.messageKey(), request, locale, model, redirect);
		}
		if (Htmx.isHtmxRequest(request)) {
			fillCohortModel(id, null, locale, model);
			model.addAttribute("rosterSuccess", success);
			return "cohorts/console-cohort :: roster";
		}
		redirect.addFlashAttribute("flashSuccess", success);
		return cameFromStart(request) ? "redirect:/secretary" : "redirect:/secretary/cohorts/" + id;
	}

	private String refuse(long id, String messageKey, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (Htmx.isHtmxRequest(request)) {
			fillCohortModel(id, null, locale, model);
			model.addAttribute("rosterError", messageKey);
			return "cohorts/console-cohort :: roster";
		}
		redirect.addFlashAttribute("flashError", messageKey);
		return "redirect:/secretary/cohorts/" + id + (cameFromStart(request) ? "?from=start" : "");
	}

}
