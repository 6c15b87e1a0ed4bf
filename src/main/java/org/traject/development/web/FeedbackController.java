package org.traject.development.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.development.internal.DevelopmentRuleException;
import org.traject.development.internal.Measurements;
import org.traject.web.Honeypot;

/**
 * The form behind a personal feedback link, for a manager or peer without an account. The
 * link is the only key: unknown links are not found; used, withdrawn or expired ones say
 * so (410 Gone) and show nothing of the participant's measurement.
 */
@Controller
class FeedbackController {

	private final Measurements measurements;

	FeedbackController(Measurements measurements) {
		this.measurements = measurements;
	}

	@GetMapping("/feedback/{token}")
	String form(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		var request = measurements.feedbackRequest(token, locale);
		if (request.unavailable() != null) {
			response.setStatus(HttpServletResponse.SC_GONE);
			model.addAttribute("reason", request.unavailable());
			return "development/feedback-closed";
		}
		model.addAttribute("request", request);
		model.addAttribute("token", token);
		model.addAttribute("levels", Map.of());
		return "development/feedback-form";
	}

	@PostMapping("/feedback/{token}")
	String give(@PathVariable String token, @RequestParam Map<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		var request = measurements.feedbackRequest(token, locale);
		if (Honeypot.tripped() && request.unavailable() == null) {
			model.addAttribute("participantName", request.participantName());
			return "development/feedback-thanks";
		}
		var levels = new HashMap<Long, Integer>();
		request.profile().clusters().forEach(c -> c.competencies().forEach(k -> {
			String value = params.get("level-" + k.id());
			if (value != null && value.matches("\\d{1,2}")) {
				levels.put(k.id(), Integer.valueOf(value));
			}
		}));
		try {
			measurements.giveFeedback(token, levels);
		}
		catch (DevelopmentRuleException ex) {
			if (request.unavailable() != null) {
				response.setStatus(HttpServletResponse.SC_GONE);
				model.addAttribute("reason", ex.messageKey());
				return "development/feedback-closed";
			}
			response.setStatus(422);
			model.addAttribute("request", request);
			model.addAttribute("token", token);
			model.addAttribute("levels", levels);
			model.addAttribute("error", ex.messageKey());
			return "development/feedback-form";
		}
		model.addAttribute("participantName", request.participantName());
		return "development/feedback-thanks";
	}

}
