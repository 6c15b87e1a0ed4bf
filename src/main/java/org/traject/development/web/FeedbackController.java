package org.traject.development.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.traject.development.internal.Measurements;
import org.traject.web.Honeypot;
import org.traject.web.Refusal;
import org.traject.web.RefusedInPlace;

/**
 * The form behind a personal feedback link, for a manager or peer without an account. The
 * link is the only key: unknown links are not found; used, withdrawn or expired ones say
 * so (410 Gone) and show nothing of the participant's measurement. A refused answer (not
 * every competency given a level) comes back on the form with what was chosen (422).
 */
@Controller
class FeedbackController implements RefusedInPlace {

	private final Measurements measurements;

	FeedbackController(Measurements measurements) {
		this.measurements = measurements;
	}

	@GetMapping("/feedback/{token}")
	ModelAndView form(@PathVariable String token, Locale locale) {
		var request = measurements.feedbackRequest(token, locale);
		if (request.unavailable() != null) {
			return closed(request.unavailable());
		}
		return form(token, request, Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/feedback/{token}")
	ModelAndView give(@PathVariable String token, @RequestParam Map<String, String> params, Locale locale) {
		var request = measurements.feedbackRequest(token, locale);
		if (request.unavailable() != null) {
			return closed(request.unavailable());
		}
		if (!Honeypot.tripped()) {
			measurements.giveFeedback(token, levels(request, params::get));
		}
		return new ModelAndView("development/feedback-thanks", "participantName", request.participantName());
	}

	/**
	 * The link closed meanwhile, or the answer is incomplete: said on the closed page or
	 * beside the form, which keeps the levels chosen.
	 */
	@Override
	public ModelAndView answerRefusal(Refusal refusal, HttpServletRequest http) {
		String token = RefusedInPlace.pathVariable(http, "token");
		var request = measurements.feedbackRequest(token, LocaleContextHolder.getLocale());
		if (request.unavailable() != null) {
			return closed(refusal.messageKey());
		}
		return form(token, request, levels(request, http::getParameter), refusal.messageKey(),
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

	/**
	 * The level chosen per competency of the profile; anything else posted is ignored.
	 */
	private static Map<Long, Integer> levels(Measurements.FeedbackRequest request, Function<String, String> parameter) {
		var levels = new HashMap<Long, Integer>();
		request.profile().clusters().forEach(c -> c.competencies().forEach(k -> {
			String value = parameter.apply("level-" + k.id());
			if (value != null && value.matches("\\d{1,2}")) {
				levels.put(k.id(), Integer.valueOf(value));
			}
		}));
		return levels;
	}

	private static ModelAndView form(String token, Measurements.FeedbackRequest request, Map<Long, Integer> levels,
			@Nullable String error, HttpStatus status) {
		var mav = new ModelAndView("development/feedback-form", status);
		mav.addObject("request", request).addObject("token", token).addObject("levels", levels);
		if (error != null) {
			mav.addObject("error", error);
		}
		return mav;
	}

	private static ModelAndView closed(String reason) {
		return new ModelAndView("development/feedback-closed", HttpStatus.GONE).addObject("reason", reason);
	}

}
