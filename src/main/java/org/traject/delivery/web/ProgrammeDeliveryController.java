package org.traject.delivery.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.cohorts.CohortOverview;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.delivery.internal.CareerOutcomeKind;
import org.traject.delivery.internal.CareerOutcomes;
import org.traject.delivery.internal.Completions;
import org.traject.people.CurrentUser;

/**
 * Delivery per programme for secretaries: the cohorts to register and complete, each
 * programme's completion rule, and the report of career outcomes after completion.
 */
@Controller
class ProgrammeDeliveryController {

	private static final Set<CohortStatus> DELIVERED = Set.of(CohortStatus.RUNNING, CohortStatus.COMPLETED);

	private final Cohorts cohorts;

	private final Completions completions;

	private final CareerOutcomes outcomes;

	ProgrammeDeliveryController(Cohorts cohorts, Completions completions, CareerOutcomes outcomes) {
		this.cohorts = cohorts;
		this.completions = completions;
		this.outcomes = outcomes;
	}

	/**
	 * Cohorts that have begun (running, completed, or past their start), newest first,
	 * and their programmes.
	 */
	@GetMapping("/secretary/delivery")
	String index(Model model) {
		LocalDate today = LocalDate.now();
		var all = cohorts.overview();
		var cohorts = all.stream()
			.filter(c -> c.status() != CohortStatus.CANCELLED
					&& (DELIVERED.contains(c.status()) || !c.startDate().isAfter(today)))
			.sorted(Comparator.comparing(CohortOverview::startDate).reversed())
			.toList();
		var programmes = all.stream()
			.filter(c -> c.status() != CohortStatus.CANCELLED)
			.map(c -> new ProgrammeLink(c.programmeId(), c.programmeTitle(), c.programmeLanguage()))
			.distinct()
			.sorted(Comparator.comparing(ProgrammeLink::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
		model.addAttribute("cohorts", cohorts);
		model.addAttribute("programmes", programmes);
		return "delivery/index";
	}

	@GetMapping("/secretary/delivery/programmes/{programmeId}/rule")
	String rule(@PathVariable long programmeId, Model model) {
		var editor = completions.ruleEditor(programmeId);
		model.addAttribute("editor", editor);
		model.addAttribute("ruleForm", RuleForm.of(editor.rule(), editor.version()));
		return "delivery/rule";
	}

	@PostMapping("/secretary/delivery/programmes/{programmeId}/rule")
	String saveRule(@PathVariable long programmeId, @Valid @ModelAttribute("ruleForm") RuleForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("editor", completions.ruleEditor(programmeId));
			return "delivery/rule";
		}
		try {
			completions.saveRule(programmeId, form.version(), form.rule(), user.personId());
		}
		catch (OptimisticLockingFailureException ex) {
			// someone else saved meanwhile: show their version, so the change can be made
			// again on top of it
			var editor = completions.ruleEditor(programmeId);
			model.addAttribute("editor", editor);
			model.addAttribute("ruleForm", RuleForm.of(editor.rule(), editor.version()));
			model.addAttribute("conflict", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return "delivery/rule";
		}
		redirect.addFlashAttribute("flashSuccess", "delivery.rule.saved");
		return "redirect:/secretary/delivery/programmes/" + programmeId + "/rule";
	}

	@GetMapping("/secretary/delivery/programmes/{programmeId}/outcomes")
	String outcomes(@PathVariable long programmeId, Model model) {
		model.addAttribute("report", outcomes.report(programmeId));
		model.addAttribute("kinds", CareerOutcomeKind.values());
		model.addAttribute("today", LocalDate.now());
		return "delivery/outcomes";
	}

	@PostMapping("/secretary/delivery/programmes/{programmeId}/outcomes/{awardId}")
	String recordOutcome(@PathVariable long programmeId, @PathVariable long awardId,
			@RequestParam(required = false) @Nullable CareerOutcomeKind kind,
			@RequestParam(required = false) @Nullable String roleTitle,
			@RequestParam(required = false) @Nullable LocalDate occurredOn, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String back = "redirect:/secretary/delivery/programmes/" + programmeId + "/outcomes";
		if (!OutcomeInput.valid(kind, roleTitle, occurredOn)) {
			redirect.addFlashAttribute("flashError", "delivery.outcome.invalid");
			return back + "#award-" + awardId;
		}
		outcomes.record(programmeId, awardId, kind, roleTitle, occurredOn, user.personId());
		redirect.addFlashAttribute("flashSuccess", "delivery.outcome.saved");
		return back + "#award-" + awardId;
	}

	record ProgrammeLink(long id, String title, String language) {
	}

}
