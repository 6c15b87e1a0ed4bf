package org.traject.cohorts.web;

import java.util.Comparator;
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
	 * The list, filtered and sorted in memory: the counts of every cohort come from one
	 * aggregate statement.
	 */
	@GetMapping("/secretary/cohorts")
	String cohorts(@RequestParam(required = false) @Nullable Long programme,
			@RequestParam(required = false) @Nullable CohortStatus status,
			@RequestParam(defaultValue = "false") boolean attention,
			@RequestParam(defaultValue = "upcoming") String show, @RequestParam(defaultValue = "start") String sort,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		var all = administration.overview();
		var programmes = all.stream()
			.map(c -> new ProgrammeOption(c.programmeId(), c.programmeTitle()))
			.distinct()
			.sorted(Comparator.comparing(ProgrammeOption::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
		var shown = all.stream()
			.filter(c -> programme == null || c.programmeId() == programme)
			.filter(c -> status == null || c.status() == status)
			.filter(c -> !attention || c.needsAttention())
			.filter(c -> !"upcoming".equals(show) || c.status() == CohortStatus.PLANNED
					|| c.status() == CohortStatus.OPEN || c.status() == CohortStatus.RUNNING)
			.sorted(order(sort))
			.toList();
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("cohorts",
				shown.subList(current * PAGE_SIZE, Math.min(shown.size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("total", shown.size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("programmes", programmes);
		model.addAttribute("statuses", CohortStatus.values());
		model.addAttribute("filter", new Filter(programme, status, attention, show, sort));
		return Htmx.view(request, "cohorts/console", "results");
	}

	private static Comparator<CohortOverview> order(String sort) {
		Comparator<CohortOverview> byStart = Comparator.comparing(CohortOverview::startDate)
			.thenComparing(CohortOverview::id);
		return switch (sort) {
			case "programme" -> Comparator.comparing(CohortOverview::programmeTitle, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(byStart);
			case "fill" -> Comparator.comparing(CohortOverview::fillPercent).reversed().thenComparing(byStart);
			case "waitlist" -> Comparator.comparing(CohortOverview::waitlisted).reversed().thenComparing(byStart);
			default -> byStart;
		};
	}

	@GetMapping("/secretary/cohorts/{id}")
	String cohort(@PathVariable long id, @RequestParam(required = false) @Nullable String q, Locale locale,
			HttpServletRequest request, Model model) {
		fillCohortModel(id, q, locale, model);
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

	private void fillCohortModel(long id, @Nullable String q, Locale locale, Model model) {
		model.addAttribute("roster", administration.roster(id));
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

	@PostMapping("/secretary/cohorts/{id}/cancel")
	String cancelCohort(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (reason.isBlank()) {
			return refuse(id, "enrolment.console.reasonRequired", request, locale, model, redirect);
		}
		return act(id, request, locale, model, redirect, () -> {
			administration.cancelCohort(id, Actor.secretary(user), reason);
			return "enrolment.console.cohortCancelled";
		});
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
		return "redirect:/secretary/cohorts/" + id;
	}

	private String refuse(long id, String messageKey, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (Htmx.isHtmxRequest(request)) {
			fillCohortModel(id, null, locale, model);
			model.addAttribute("rosterError", messageKey);
			return "cohorts/console-cohort :: roster";
		}
		redirect.addFlashAttribute("flashError", messageKey);
		return "redirect:/secretary/cohorts/" + id;
	}

	record Filter(@Nullable Long programme, @Nullable CohortStatus status, boolean attention, String show,
			String sort) {
	}

	record ProgrammeOption(long id, String title) {
	}

}
