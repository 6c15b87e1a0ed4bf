package org.traject.routemaps.web;

import org.traject.web.Download;
import org.traject.web.Flash;
import org.traject.web.Refusals;
import java.util.Locale;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.people.CurrentUser;
import org.traject.routemaps.Enums.MemberKind;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.Sector;
import org.traject.routemaps.internal.BoardCells;
import org.traject.routemaps.internal.Partnerships;
import org.traject.routemaps.internal.RouteMapPdfs;
import org.traject.routemaps.internal.RouteMapQueries;

/**
 * A partnership's board (members × steps, filtered by sector and new/existing) with its
 * summary and exports, the printable cards, and adding a member. The coordinator and the
 * steering group see it; to anyone else it does not exist.
 */
@Controller
class PartnershipController {

	private final Partnerships partnerships;

	private final RouteMapQueries routeMaps;

	private final RouteMapPdfs pdfs;

	private final MessageSource messages;

	PartnershipController(Partnerships partnerships, RouteMapQueries routeMaps, RouteMapPdfs pdfs,
			MessageSource messages) {
		this.partnerships = partnerships;
		this.routeMaps = routeMaps;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	@GetMapping("/partnerships")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("partnerships", partnerships.partnershipsOf(user.personId()));
		return "routemaps/partnerships";
	}

	@GetMapping("/partnerships/{id}")
	String board(@PathVariable long id, @ModelAttribute("filter") BoardFilter filter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var access = partnerships.access(id, user.personId());
		model.addAttribute("partnership", access);
		model.addAttribute("board", board(access, filter));
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("memberships", Membership.values());
		return "routemaps/board";
	}

	@GetMapping(value = "/partnerships/{id}/board.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> boardPdf(@PathVariable long id, @ModelAttribute("filter") BoardFilter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		var access = partnerships.access(id, user.personId());
		return Download.attachment(pdfs.board(access, board(access, filter), locale), "route-map-board.pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/partnerships/{id}/board.xlsx")
	ResponseEntity<byte[]> boardXlsx(@PathVariable long id, @ModelAttribute("filter") BoardFilter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		var access = partnerships.access(id, user.personId());
		return Download.attachment(BoardCells.xlsx(board(access, filter), messages, locale), "route-map-board.xlsx",
				Download.XLSX);
	}

	@GetMapping(value = "/partnerships/{id}/cards.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> cards(@PathVariable long id, @RequestParam(required = false) @Nullable Integer step,
			@RequestParam(required = false) @Nullable Membership audience, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		var access = partnerships.access(id, user.personId());
		var version = routeMaps.publishedVersion(access.routeMapId()).orElseThrow();
		if (step != null) {
			version.step(step).orElseThrow();
		}
		return Download.attachment(pdfs.cards(version, step, audience, locale), "route-map-cards.pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/partnerships/{id}/members/new")
	String newMember(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var access = partnerships.access(id, user.personId());
		access.requireCoordinator();
		model.addAttribute("memberForm", MemberForm.empty());
		return memberPage(access, model);
	}

	@PostMapping("/partnerships/{id}/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var access = partnerships.access(id, user.personId());
		access.requireCoordinator();
		var details = form.details(errors);
		if (details != null && Refusals.applied(errors, () -> partnerships.addMember(access, details))) {
			Flash.success("routemaps.member.added", details.name());
			return "redirect:/partnerships/" + id;
		}
		return memberPage(access, model);
	}

	private String memberPage(Partnerships.Access access, Model model) {
		model.addAttribute("partnership", access);
		model.addAttribute("kinds", MemberKind.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("memberships", Membership.values());
		return "routemaps/member-new";
	}

	private Partnerships.Board board(Partnerships.Access access, BoardFilter filter) {
		return partnerships.board(access, routeMaps.publishedSteps(access.routeMapId()), filter.sector(),
				filter.membership());
	}

	/** The board's filters; an unknown value is no filter. */
	record BoardFilter(@Nullable Sector sector, @Nullable Membership membership) {
	}

}
