package org.traject.evaluations.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.traject.evaluations.internal.EvaluationAnswers;
import org.traject.web.Honeypot;
import org.traject.web.Refusal;
import org.traject.web.RefusedInPlace;

/**
 * The evaluation behind a personal link, for a participant (no sign-in needed: the link
 * is the key). An unknown link is not found; a used one, or one of a closed round, says
 * so (410 Gone). An answer left out or too long comes back on the form with everything
 * chosen and typed, and the message beside the question (422).
 */
@Controller
class EvaluationLinkController implements RefusedInPlace {

	private final EvaluationAnswers answers;

	EvaluationLinkController(EvaluationAnswers answers) {
		this.answers = answers;
	}

	@GetMapping("/evaluation/{token}")
	ModelAndView form(@PathVariable String token) {
		var request = answers.request(token);
		if (request.unavailable() != null) {
			return closed(request.unavailable());
		}
		return form(token, request, Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/evaluation/{token}")
	ModelAndView answer(@PathVariable String token, @RequestParam Map<String, String> params) {
		var request = answers.request(token);
		if (request.unavailable() != null) {
			return closed(request.unavailable());
		}
		if (!Honeypot.tripped()) {
			answers.answer(token, given(request, params::get));
		}
		return new ModelAndView("evaluations/thanks", "programme", request.programmeTitle());
	}

	/**
	 * The link closed meanwhile (a second answer, say): said on the closed page; an
	 * incomplete answer: beside its question, keeping what was given.
	 */
	@Override
	public ModelAndView answerRefusal(Refusal refusal, HttpServletRequest http) {
		String token = RefusedInPlace.pathVariable(http, "token");
		var request = answers.request(token);
		if (request.unavailable() != null) {
			return closed(request.unavailable());
		}
		return form(token, request, given(request, http::getParameter), refusal, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	/**
	 * What was given per question of the form, by question id; anything else posted is
	 * ignored.
	 */
	private static Map<Long, String> given(EvaluationAnswers.Request request, Function<String, String> parameter) {
		var given = new HashMap<Long, String>();
		for (var q : request.form().questions()) {
			String value = parameter.apply("q" + q.id());
			if (value != null) {
				given.put(q.id(), value);
			}
		}
		return given;
	}

	private static ModelAndView form(String token, EvaluationAnswers.Request request, Map<Long, String> given,
			@Nullable Refusal error, HttpStatus status) {
		var mav = new ModelAndView("evaluations/answer", status);
		mav.addObject("request", request).addObject("token", token).addObject("given", given);
		mav.addObject("maxText", EvaluationAnswers.MAX_TEXT);
		if (error != null) {
			mav.addObject("error", error);
		}
		return mav;
	}

	private static ModelAndView closed(String reason) {
		return new ModelAndView("evaluations/closed", HttpStatus.GONE).addObject("reason", reason);
	}

}
