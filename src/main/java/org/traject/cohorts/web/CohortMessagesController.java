package org.traject.cohorts.web;

import java.util.List;

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
import org.traject.cohorts.CohortMessage.Audience;
import org.traject.cohorts.internal.CohortMessages;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Refusals;

import static org.traject.people.Actor.Capacity.SECRETARY;

/**
 * A course secretary writes to a cohort: to everyone confirmed, the waitlist, the
 * programme's interest list or people ticked on the roster. Writing, then a preview as
 * the first recipient will read it with the number of recipients, then sending what was
 * previewed; the cohort's messages are kept on a page of their own. Plain forms, no
 * JavaScript needed.
 */
@Controller
class CohortMessagesController {

	private final CohortMessages messages;

	CohortMessagesController(CohortMessages messages) {
		this.messages = messages;
	}

	@GetMapping("/secretary/cohorts/{id}/messages")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("composer", messages.composer(id));
		model.addAttribute("sent", messages.ofCohort(id));
		return "cohorts/messages";
	}

	@GetMapping("/secretary/cohorts/{id}/messages/new")
	String compose(@PathVariable long id, @RequestParam(required = false) @Nullable Audience audience,
			@RequestParam(required = false) @Nullable List<Long> personIds, Model model) {
		var form = MessageForm.start(audience, personIds);
		model.addAttribute("messageForm", form);
		model.addAttribute("token", form.token());
		return composePage(id, model);
	}

	/**
	 * The message as its first recipient will read it, the number of recipients, and the
	 * button that sends exactly this.
	 */
	@PostMapping("/secretary/cohorts/{id}/messages/preview")
	String preview(@PathVariable long id, @Valid @ModelAttribute("messageForm") MessageForm form, BindingResult errors,
			Model model) {
		// the form stays the model's, so its errors stay with it; a crafted post without
		// a token gets one here
		var previewed = form.withToken();
		model.addAttribute("token", previewed.token());
		if (!errors.hasErrors()) {
			var recipients = messages.recipients(id, previewed.draft().audience(), previewed.chosen());
			if (recipients.isEmpty()) {
				errors.rejectValue("audience", "cohortMessage.refused.nobody");
			}
			else {
				model.addAttribute("recipients", recipients);
				model.addAttribute("previewHtml", messages.bodyHtml(previewed.draft().body()));
			}
		}
		return composePage(id, model);
	}

	@PostMapping("/secretary/cohorts/{id}/messages")
	String send(@PathVariable long id, @Valid @ModelAttribute("messageForm") MessageForm form, BindingResult errors,
			@ActingAs(SECRETARY) Actor actor, Model model) {
		var sending = form.withToken();
		var sent = Refusals.attempt(errors, () -> messages.send(id, sending.draft(), actor));
		if (sent.isEmpty()) {
			model.addAttribute("token", sending.token());
			return composePage(id, model);
		}
		Flash.success("cohortMessage.flash.sent", sent.get().recipients());
		return "redirect:/secretary/cohorts/" + id + "/messages";
	}

	private String composePage(long id, Model model) {
		model.addAttribute("composer", messages.composer(id));
		model.addAttribute("audiences", Audience.values());
		return "cohorts/message-compose";
	}

}
