package org.traject.delivery.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

import jakarta.validation.Valid;

import org.traject.web.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.cohorts.CohortOverview;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.delivery.CareerOutcomeKind;
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
	ModelAndView saveRule(@PathVariable long programmeId, @Valid @ModelAttribute("ruleForm") RuleForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user) {
		if (errors.hasErrors()) {
			return new ModelAndView("delivery/rule", "editor", completions.ruleEditor(programmeId));
		}
		try {
			completions.saveRule(programmeId, form.version(), form.rule(), user.personId());
		}
		catch (OptimisticLockingFailureException savedMeanwhile) {
			// not a refusal but a conflict: someone else saved meanwhile, so their
			// version is
			// shown and the change can be made again on top of it
			var editor = completions.ruleEditor(programmeId);
			return new ModelAndView("delivery/rule", HttpStatus.CONFLICT).addObject("editor", editor)
				.addObject("ruleForm", RuleForm.of(editor.rule(), editor.version()))
				.addObject("conflict", true);
		}
		Flash.success("delivery.rule.saved");
		return new ModelAndView("redirect:/secretary/delivery/programmes/" + programmeId + "/rule");
	}

	@GetMapping("/secretary/delivery/programmes/{programmeId}/outcomes")
	String outcomes(@PathVariable long programmeId, Model model) {
		model.addAttribute("report", outcomes.report(programmeId));
		model.addAttribute("kinds", CareerOutcomeKind.values());
		model.addAttribute("today", LocalDate.now());
		return "delivery/outcomes";
	}

	@PostMapping("/secretary/delivery/programmes/{programmeId}/outcomes/{awardId}")
	String recordOutcome(@PathVariable long programmeId, @PathVariable long awardId, OutcomeInput outcome,
			@AuthenticationPrincipal CurrentUser user) {
		String back = "redirect:/secretary/delivery/programmes/" + programmeId + "/outcomes";
		if (!outcome.valid()) {
			Flash.error("delivery.outcome.invalid");
			return back + "#award-" + awardId;
		}
		outcomes.record(programmeId, awardId, outcome.kind(), outcome.roleTitle(), outcome.occurredOn(),
				user.personId());
		Flash.success("delivery.outcome.saved");
		return back + "#award-" + awardId;
	}

	record ProgrammeLink(long id, String title, String language) {
	}

}
