package org.traject.peers.web;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.traject.peers.internal.PeerQuestions;
import org.traject.people.Actor;

/**
 * The questions a person asked peer supporters, with their answers; someone else's
 * question is not found.
 */
@Controller
class MyQuestionsController {

	private final PeerQuestions questions;

	MyQuestionsController(PeerQuestions questions) {
		this.questions = questions;
	}

	@GetMapping("/my/questions")
	String list(Actor actor, Model model) {
		model.addAttribute("questions", questions.askedBy(actor.requirePersonId()));
		return "peers/my-questions";
	}

	@GetMapping("/my/questions/{id}")
	String question(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("question", questions.forAsker(id, actor.requirePersonId())
			.orElseThrow(() -> new NoSuchElementException("No question " + id)));
		return "peers/my-question";
	}

}
