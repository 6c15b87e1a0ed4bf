package org.traject.peers.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.peers.internal.PeerSupporters;
import org.traject.web.Flash;
import org.traject.web.Refusals;

/**
 * The administrator's list of peer supporters: listing a person by their account's
 * address, and taking a supporter off the list.
 */
@Controller
class AdminPeersController {

	private final PeerSupporters supporters;

	AdminPeersController(PeerSupporters supporters) {
		this.supporters = supporters;
	}

	@GetMapping("/admin/peers")
	String list(Model model) {
		model.addAttribute("listForm", new PeerForms.ListForm(""));
		return page(model);
	}

	@PostMapping("/admin/peers")
	String add(@Valid @ModelAttribute("listForm") PeerForms.ListForm form, BindingResult errors, Model model) {
		if (!Refusals.applied(errors, "email", () -> supporters.list(String.valueOf(form.email())))) {
			return page(model);
		}
		Flash.success("peers.flash.listed");
		return "redirect:/admin/peers";
	}

	@PostMapping("/admin/peers/{personId}/remove")
	String remove(@PathVariable long personId) {
		supporters.unlist(personId);
		Flash.success("peers.flash.unlisted");
		return "redirect:/admin/peers";
	}

	private String page(Model model) {
		model.addAttribute("supporters", supporters.all());
		return "peers/admin";
	}

}
