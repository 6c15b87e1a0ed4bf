package org.traject.delivery.web;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.delivery.internal.Completions;
import org.traject.delivery.internal.ResultOutcome;
import org.traject.web.Htmx;
import org.traject.web.Refusal;
import org.traject.web.OnRefusal;
import org.traject.web.Flash;
import org.traject.people.Actor;
import org.traject.people.ActingAs;
import org.springframework.web.servlet.ModelAndView;

import static org.traject.people.Actor.Capacity.SECRETARY;

/**
 * Module results per participant (exam passed, assignment approved, internship done): one
 * form per participant, saved in place with htmx or with a plain post and redirect.
 */
@Controller
@OnRefusal("/secretary/cohorts/{id}/results")
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
	ModelAndView record(@PathVariable long id, @PathVariable long enrolmentId, @RequestParam Map<String, String> params,
			@ActingAs(SECRETARY) Actor actor) {
		var line = completions.recordResults(id, enrolmentId, outcomes(params), actor.personId());
		if (Htmx.isHtmxRequest()) {
			return new ModelAndView("delivery/results :: rowUpdate").addObject("line", line)
				.addObject("sheet", completions.resultSheet(id));
		}
		Flash.success("delivery.results.saved", line.name());
		return new ModelAndView("redirect:/secretary/cohorts/" + id + "/results#result-" + enrolmentId);
	}

	/**
	 * The form's {@code module-<id>} fields: a result per module, empty for "no result".
	 */
	private static Map<Long, @Nullable ResultOutcome> outcomes(Map<String, String> params) {
		Map<Long, @Nullable ResultOutcome> outcomes = new HashMap<>();
		for (var param : params.entrySet()) {
			if (param.getKey().startsWith(FIELD)) {
				try {
					outcomes.put(Long.parseLong(param.getKey().substring(FIELD.length())),
							param.getValue().isBlank() ? null : ResultOutcome.valueOf(param.getValue()));
				}
				catch (IllegalArgumentException notAModuleOrResult) {
					throw new Refusal("delivery.results.invalid");
				}
			}
		}
		return outcomes;
	}

}
