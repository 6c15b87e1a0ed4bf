package org.traject.routemaps.web;

import org.traject.web.Flash;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.people.CurrentUser;
import org.traject.routemaps.internal.Partnerships;
import org.traject.routemaps.internal.RouteMapQueries;
import org.traject.routemaps.internal.RouteMapVersion;
import org.traject.web.ProviderTimeZone;

/**
 * One member's conversation of one step: the cards for that member (new or already in the
 * partnership), the planned date and participants, notes per card, follow-up actions, and
 * marking the step done. The steering group reads it; only the coordinator changes.
 */
@Controller
@RequestMapping("/partnerships/{id}/members/{memberId}/steps/{position}")
class ConversationController {

	private final Partnerships partnerships;

	private final RouteMapQueries routeMaps;

	private final ProviderTimeZone zone;

	ConversationController(Partnerships partnerships, RouteMapQueries routeMaps, ProviderTimeZone zone) {
		this.partnerships = partnerships;
		this.routeMaps = routeMaps;
		this.zone = zone;
	}

	/** The partnership, member and step a request is about. */
	record Target(Partnerships.Access access, Partnerships.Member member, RouteMapVersion version,
			RouteMapVersion.Step step) {
	}

	/**
	 * Resolved before every handler here, from the path and the signed-in person: someone
	 * outside the partnership gets a 404 before anything else happens.
	 */
	@ModelAttribute("target")
	Target target(@PathVariable long id, @PathVariable long memberId, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		var access = partnerships.access(id, user.personId());
		var member = partnerships.member(access, memberId);
		var version = routeMaps.publishedVersion(access.routeMapId()).orElseThrow();
		return new Target(access, member, version, version.step(position).orElseThrow());
	}

	@GetMapping
	String step(@ModelAttribute(name = "target", binding = false) Target t, Model model) {
		return page(t, model);
	}

	private String page(Target t, Model model) {
		var record = partnerships.stepRecord(t.member().id(), t.step());
		model.addAttribute("partnership", t.access());
		model.addAttribute("member", t.member());
		model.addAttribute("version", t.version());
		model.addAttribute("step", t.step());
		model.addAttribute("cards", t.step().cardsFor(t.member().membership()));
		model.addAttribute("record", record);
		if (!model.containsAttribute("planForm")) {
			var c = record.conversation();
			model.addAttribute("planForm", new PlanForm(c.plannedOn(), c.participants()));
		}
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm", new FollowUpForm("", "", null));
		}
		return "routemaps/step";
	}

	@PostMapping("/plan")
	String plan(@ModelAttribute(name = "target", binding = false) Target t,
			@Valid @ModelAttribute("planForm") PlanForm form, BindingResult errors, Model model) {
		t.access().requireCoordinator();
		if (errors.hasErrors() || form.plannedOn() == null) {
			return page(t, model);
		}
		partnerships.plan(t.access(), t.member().id(), t.step().key(), form.plannedOn(), form.participants());
		Flash.success("routemaps.plan.saved");
		return redirect(t);
	}

	@PostMapping("/cards/{cardId}")
	String note(@ModelAttribute(name = "target", binding = false) Target t, @PathVariable long cardId,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors, Model model) {
		t.access().requireCoordinator();
		var card = t.step()
			.cardsFor(t.member().membership())
			.stream()
			.filter(c -> c.id() == cardId)
			.findFirst()
			.orElseThrow();
		if (errors.hasErrors()) {
			model.addAttribute("noteCardId", cardId);
			return page(t, model);
		}
		partnerships.recordNote(t.access(), t.member().id(), card.key(), form.discussed(), form.agreed());
		Flash.success("routemaps.note.saved");
		return redirect(t) + "#card-" + cardId;
	}

	@PostMapping("/follow-ups")
	String addFollowUp(@ModelAttribute(name = "target", binding = false) Target t,
			@Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors, Model model) {
		t.access().requireCoordinator();
		if (errors.hasErrors() || form.action() == null || form.owner() == null) {
			return page(t, model);
		}
		partnerships.addFollowUp(t.access(), t.member().id(), t.step().key(), form.action(), form.owner(),
				form.dueOn());
		Flash.success("routemaps.followUp.added");
		return redirect(t) + "#follow-ups";
	}

	@PostMapping("/follow-ups/{followUpId}/delete")
	String removeFollowUp(@ModelAttribute(name = "target", binding = false) Target t, @PathVariable long followUpId) {
		partnerships.removeFollowUp(t.access(), t.member().id(), followUpId);
		Flash.success("routemaps.followUp.removed");
		return redirect(t) + "#follow-ups";
	}

	/** Marks the step done for this member today, or (done=false) open again. */
	@PostMapping("/done")
	String done(@ModelAttribute(name = "target", binding = false) Target t, @RequestParam boolean done) {
		partnerships.markDone(t.access(), t.member().id(), t.step().key(), done ? zone.today() : null);
		Flash.success(done ? "routemaps.step.markedDone" : "routemaps.step.reopened");
		return redirect(t);
	}

	private static String redirect(Target t) {
		return "redirect:/partnerships/" + t.access().partnershipId() + "/members/" + t.member().id() + "/steps/"
				+ t.step().position();
	}

}
