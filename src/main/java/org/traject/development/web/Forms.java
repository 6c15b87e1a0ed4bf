package org.traject.development.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.traject.development.ActionStatus;
import org.traject.development.ActionType;
import org.traject.development.GoalDetails;
import org.traject.development.Relation;

/** The forms of the development pages; entities are never bound to a request. */
final class Forms {

	private Forms() {
	}

	record InviteForm(@NotNull(message = "{development.form.relation.required}") @Nullable Relation relation,
			@NotBlank(message = "{development.form.name.required}") @Size(max = 200,
					message = "{development.form.tooLong}") String name,
			@NotBlank(message = "{development.form.email.required}") @Email(
					message = "{development.form.email.invalid}") @Size(max = 254,
							message = "{development.form.tooLong}") String email,
			@Nullable String language) {

		InviteForm {
			name = name == null ? "" : name;
			email = email == null ? "" : email;
		}

		static InviteForm empty() {
			return new InviteForm(Relation.PEER, "", "", null);
		}
	}

	record GoalForm(
			@NotBlank(message = "{development.form.title.required}") @Size(max = 200,
					message = "{development.form.tooLong}") String title,
			@Size(max = 4000, message = "{development.form.tooLong}") @Nullable String description,
			@Size(max = 4000, message = "{development.form.tooLong}") @Nullable String successCriteria,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate targetDate,
			@Nullable List<Long> competencies, @Nullable Long version) {

		GoalForm {
			title = title == null ? "" : title;
		}

		GoalDetails details() {
			return new GoalDetails(title, description, successCriteria, targetDate);
		}

		List<Long> chosen() {
			return competencies == null ? List.of() : competencies;
		}
	}

	/**
	 * Field names differ from the goal form's: both forms are on the goal page, and ids
	 * must be unique.
	 */
	record ActionForm(@NotNull(message = "{development.form.actionType.required}") @Nullable ActionType actionType,
			@NotBlank(message = "{development.form.description.required}") @Size(max = 1000,
					message = "{development.form.tooLong}") String actionDescription,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate) {

		ActionForm {
			actionDescription = actionDescription == null ? "" : actionDescription;
		}

		static ActionForm empty() {
			return new ActionForm(null, "", null);
		}
	}

	record EvidenceForm(
			@NotNull(message = "{development.form.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate entryDate,
			@NotBlank(message = "{development.form.text.required}") @Size(max = 4000,
					message = "{development.form.tooLong}") String text,
			@Nullable MultipartFile file) {

		EvidenceForm {
			text = text == null ? "" : text;
		}

		static EvidenceForm today() {
			return new EvidenceForm(LocalDate.now(), "", null);
		}
	}

	/** Where a moved action goes, and the version of it the reader saw. */
	record ActionMove(long version, ActionStatus status) {
	}

	record ManagerShareForm(
			@NotBlank(message = "{development.form.email.required}") @Email(
					message = "{development.form.email.invalid}") @Size(max = 254,
							message = "{development.form.tooLong}") String managerEmail,
			@Size(max = 200, message = "{development.form.tooLong}") @Nullable String managerName) {

		ManagerShareForm {
			managerEmail = managerEmail == null ? "" : managerEmail;
		}

		static ManagerShareForm empty() {
			return new ManagerShareForm("", "");
		}
	}

	record CommentForm(@NotBlank(message = "{development.form.comment.required}") @Size(max = 4000,
			message = "{development.form.tooLong}") String text) {

		CommentForm {
			text = text == null ? "" : text;
		}
	}

	record SessionForm(
			@NotNull(message = "{development.form.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@NotBlank(message = "{development.form.notes.required}") @Size(max = 8000,
					message = "{development.form.tooLong}") String notes) {

		SessionForm {
			notes = notes == null ? "" : notes;
		}

		static SessionForm today() {
			return new SessionForm(LocalDate.now(), "");
		}
	}

}
