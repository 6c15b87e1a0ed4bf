package org.traject.delivery.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.delivery.internal.Completions;
import org.traject.delivery.internal.ResultOutcome;
import org.traject.people.CurrentUser;
import org.traject.web.Htmx;

/**
 * Module results per participant (exam passed, assignment approved, internship done): one
 * form per participant, saved in place with htmx or with a plain post and redirect.
 */
@Controller
class ResultsController {

	private static final String FIELD = "module-";

	private final Completions completions;

	ResultsController(Completions completions) {
		this.completions = completions;
	}

	@GetMapping("/secretary/cohorts/{id}/results")
	String results(@PathVariable long id, Model model) {
		model.addAttribute("sheet", completions.resultSheet(id));
		return "delivery/results";
	}

	@PostMapping("/secretary/cohorts/{id}/results/{enrolmentId}")
	String record(@PathVariable long id, @PathVariable long enrolmentId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Map<Long, @Nullable ResultOutcome> outcomes = new HashMap<>();
		for (var param : params.entrySet()) {
			if (param.getKey().startsWith(FIELD)) {
				long moduleId;
				ResultOutcome outcome;
				try {
					moduleId = Long.parseLong(param.getKey().substring(FIELD.length()));
					outcome = param.getValue().isBlank() ? null : ResultOutcome.valueOf(param.getValue());
				}
				catch (IllegalArgumentException ex) {
					redirect.addFlashAttribute("flashError", "delivery.results.invalid");
					return "redirect:/secretary/cohorts/" + id + "/results";
				}
				outcomes.put(moduleId, outcome);
			}
		}
		Completions.ResultLine line;
		try {
			line = completions.recordResults(id, enrolmentId, outcomes, user.personId());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flashError", "delivery.results.invalid");
			return "redirect:/secretary/cohorts/" + id + "/results";
		}
		if (Htmx.isHtmxRequest(request)) {
			model.addAttribute("sheet", completions.resultSheet(id));
			model.addAttribute("line", line);
			return "delivery/results :: rowUpdate";
		}
		redirect.addFlashAttribute("flashSuccess", "delivery.results.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { line.name() });
		return "redirect:/secretary/cohorts/" + id + "/results#result-" + enrolmentId;
	}

}
