package org.traject.peers.web;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.peers.PeerSector;
import org.traject.peers.internal.PeerQuestions;
import org.traject.peers.internal.PeerSupporters;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Refusals;

/**
 * The peer supporters a signed-in person may ask, filtered by sector and theme, and the
 * form to ask one a question. A paused or unknown supporter is not found.
 */
@Controller
class PeerDirectoryController {

	private final PeerSupporters supporters;

	private final PeerQuestions questions;

	PeerDirectoryController(PeerSupporters supporters, PeerQuestions questions) {
		this.supporters = supporters;
		this.questions = questions;
	}

	@GetMapping("/peers")
	String directory(@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String theme, Actor actor, Model model) {
		PeerSector chosen = PeerForms.sector(sector).orElse(null);
		String chosenTheme = theme == null || theme.isBlank() ? null : theme.strip();
		model.addAttribute("supporters", supporters.available(chosen, chosenTheme, actor.requirePersonId()));
		model.addAttribute("sectors", PeerSector.values());
		model.addAttribute("themes", supporters.themes());
		model.addAttribute("sector", chosen == null ? "" : chosen.name());
		model.addAttribute("theme", chosenTheme == null ? "" : chosenTheme);
		return "peers/directory";
	}

	@GetMapping("/peers/{supporterId}/ask")
	String askForm(@PathVariable long supporterId, Actor actor, Model model) {
		model.addAttribute("askForm", PeerForms.AskForm.empty());
		return page(supporterId, actor, model);
	}

	@PostMapping("/peers/{supporterId}/ask")
	String ask(@PathVariable long supporterId, @Valid @ModelAttribute("askForm") PeerForms.AskForm form,
			BindingResult errors, Actor actor, Model model) {
		var asked = Refusals.attempt(errors, () -> questions.ask(actor.requirePersonId(), supporterId,
				String.valueOf(form.subject()), String.valueOf(form.question())));
		if (asked.isEmpty()) {
			return page(supporterId, actor, model);
		}
		Flash.success("peers.flash.asked");
		return "redirect:/my/questions/" + asked.get();
	}

	private String page(long supporterId, Actor actor, Model model) {
		var supporter = supporters.askable(supporterId)
			.filter(s -> s.personId() != actor.requirePersonId())
			.orElseThrow(() -> new NoSuchElementException("No supporter " + supporterId));
		model.addAttribute("supporter", supporter);
		return "peers/ask";
	}

}
