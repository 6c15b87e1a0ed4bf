package org.traject.peers.web;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.peers.PeerSector;
import org.traject.peers.internal.PeerQuestions;
import org.traject.peers.internal.PeerSupporters;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Refusals;

/**
 * A supporter's side: the questions asked of them, answering one, and their profile
 * (which they can pause). Anyone not listed as a supporter finds none of these pages; a
 * question asked of another supporter is not found either.
 */
@Controller
class PeerSupportController {

	private final PeerSupporters supporters;

	private final PeerQuestions questions;

	PeerSupportController(PeerSupporters supporters, PeerQuestions questions) {
		this.supporters = supporters;
		this.questions = questions;
	}

	@GetMapping("/peer-support")
	String inbox(Actor actor, Model model) {
		model.addAttribute("supporter", supporter(actor));
		model.addAttribute("questions", questions.askedOf(actor.requirePersonId()));
		return "peers/inbox";
	}

	@GetMapping("/peer-support/questions/{id}")
	String question(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("answerForm", new PeerForms.AnswerForm(""));
		return questionPage(id, actor, model);
	}

	@PostMapping("/peer-support/questions/{id}/answer")
	String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") PeerForms.AnswerForm form,
			BindingResult errors, Actor actor, Model model) {
		questionOf(id, actor);
		if (!Refusals.applied(errors, "answer",
				() -> questions.answer(id, actor.requirePersonId(), String.valueOf(form.answer())))) {
			return questionPage(id, actor, model);
		}
		Flash.success("peers.flash.answered");
		return "redirect:/peer-support/questions/" + id;
	}

	@GetMapping("/peer-support/profile")
	String profile(Actor actor, Model model) {
		model.addAttribute("profileForm", PeerForms.ProfileForm.of(supporter(actor)));
		return profilePage(model);
	}

	@PostMapping("/peer-support/profile")
	String saveProfile(@Valid @ModelAttribute("profileForm") PeerForms.ProfileForm form, BindingResult errors,
			Actor actor, Model model) {
		supporter(actor);
		var sector = form.sectorValue();
		if (sector.isEmpty()) {
			errors.rejectValue("sector", "peers.form.required");
		}
		var version = form.versionValue();
		if (version.isEmpty()) {
			errors.reject("peers.form.stale");
		}
		if (form.themeList().size() > PeerForms.MAX_THEMES
				|| form.themeList().stream().anyMatch(t -> t.length() > 60)) {
			errors.rejectValue("themes", "peers.profile.themes.invalid");
		}
		if (errors.hasErrors()) {
			return profilePage(model);
		}
		supporters.save(actor.requirePersonId(),
				new PeerSupporters.ProfileChange(sector.orElseThrow(),
						Integer.parseInt(String.valueOf(form.yearsExperience()).strip()), form.themeList(),
						String.valueOf(form.about()), form.pausing(), version.orElseThrow()));
		Flash.success("peers.flash.profileSaved");
		return "redirect:/peer-support/profile";
	}

	private String questionPage(long id, Actor actor, Model model) {
		model.addAttribute("question", questionOf(id, actor));
		return "peers/question";
	}

	private PeerQuestions.Question questionOf(long id, Actor actor) {
		return questions.forSupporter(id, actor.requirePersonId())
			.orElseThrow(() -> new NoSuchElementException("No question " + id));
	}

	private String profilePage(Model model) {
		model.addAttribute("sectors", PeerSector.values());
		return "peers/profile";
	}

	private PeerSupporters.Supporter supporter(Actor actor) {
		return supporters.find(actor.requirePersonId()).orElseThrow(() -> new NoSuchElementException("Not listed"));
	}

}
