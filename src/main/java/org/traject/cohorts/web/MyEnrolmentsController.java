package org.traject.cohorts.web;

import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.people.Actor;
import org.traject.cohorts.internal.Enrolments;
import org.traject.people.CurrentUser;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;

/**
 * A participant's own enrolments: status, history, cancelling, answering an offer. Only
 * ever their own.
 */
@Controller
class MyEnrolmentsController {

	private final Enrolments enrolments;

	MyEnrolmentsController(Enrolments enrolments) {
		this.enrolments = enrolments;
	}

	@GetMapping("/my/enrolments")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("enrolments", enrolments.ofPerson(user.personId()));
		return "cohorts/my-enrolments";
	}

	@GetMapping("/my/enrolments/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var detail = enrolments.ofPerson(user.personId(), id).orElseThrow(NoSuchElementException::new);
		model.addAttribute("detail", detail);
		model.addAttribute("e", detail.enrolment());
		return "cohorts/my-enrolment";
	}

	@PostMapping("/my/enrolments/{id}/cancel")
	@OnRefusal("/my/enrolments/{id}")
	String cancel(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, Actor actor) {
		enrolments.cancel(id, actor, reason);
		Flash.success("enrolment.my.cancelled");
		return "redirect:/my/enrolments/" + id;
	}

	@PostMapping("/my/enrolments/{id}/offer")
	@OnRefusal("/my/enrolments/{id}")
	String answerOffer(@PathVariable long id, @RequestParam String decision, Actor actor) {
		if ("accept".equals(decision)) {
			enrolments.acceptOffer(id, actor);
			Flash.success("enrolment.offer.accepted");
		}
		else {
			enrolments.declineOffer(id, actor);
			Flash.success("enrolment.offer.declined");
		}
		return "redirect:/my/enrolments/" + id;
	}

}
