package org.traject.cohorts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.traject.cohorts.internal.CohortMessages;
import org.traject.people.Actor;

/**
 * The messages a person received from the course secretaries of their cohorts, newest
 * first: their own history of what was written to them, whatever became of the email.
 */
@Controller
class MyMessagesController {

	private final CohortMessages messages;

	MyMessagesController(CohortMessages messages) {
		this.messages = messages;
	}

	@GetMapping("/my/messages")
	String list(Actor actor, Model model) {
		model.addAttribute("received", messages.ofPerson(actor.requirePersonId()));
		return "cohorts/my-messages";
	}

}
