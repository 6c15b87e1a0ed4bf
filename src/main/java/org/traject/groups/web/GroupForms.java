package org.traject.groups.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.format.annotation.DateTimeFormat;
import org.traject.groups.internal.AttendanceStatus;
import org.traject.groups.internal.GroupSuggestion;

/** The forms of the group pages. */
final class GroupForms {

	private GroupForms() {
	}

	/** A group made by hand. */
	record NewGroupForm(@Nullable @NotBlank(message = "{groups.name.required}") @Size(max = 120,
			message = "{groups.name.tooLong}") String name) {

		static NewGroupForm empty() {
			return new NewGroupForm("");
		}

	}

	/** The size the suggestion aims at. */
	record SuggestForm(@Nullable @Min(value = GroupSuggestion.MIN_SIZE, message = "{groups.size.range}") @Max(
			value = GroupSuggestion.MAX_SIZE, message = "{groups.size.range}") Integer size) {

		int sizeOrDefault() {
			return size == null ? 6 : size;
		}

	}

	/**
	 * An accepted suggestion: one {@code personId:groupNumber} per participant, as the
	 * suggestion page wrote them.
	 */
	record FormGroupsForm(@Nullable List<String> member) {

		/** The assignment, or empty when anything in it is not a pair of numbers. */
		Map<Long, Integer> assignment() {
			Map<Long, Integer> assignment = new LinkedHashMap<>();
			for (String pair : member == null ? List.<String>of() : member) {
				String[] parts = pair.split(":");
				if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,3}")) {
					return Map.of();
				}
				assignment.put(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
			}
			return assignment;
		}

	}

	/** Who facilitates the group, by email address; blank for nobody. */
	record FacilitatorForm(@Nullable @Size(max = 254, message = "{groups.email.tooLong}") String email) {

		String emailOrBlank() {
			return email == null ? "" : email;
		}

	}

	/**
	 * A meeting on a date, from a time to a time in the cohort's zone, at a place or
	 * link.
	 */
	record MeetingForm(
			@Nullable @NotNull(message = "{groups.meeting.date.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Nullable @NotNull(message = "{groups.meeting.time.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
			@Nullable @NotNull(message = "{groups.meeting.time.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
			@Nullable @NotBlank(message = "{groups.meeting.place.required}") @Size(max = 300,
					message = "{groups.meeting.place.tooLong}") String place) {

		static MeetingForm empty() {
			return new MeetingForm(null, LocalTime.of(9, 30), LocalTime.of(12, 0), "");
		}

	}

	/** The facilitator's meeting notes over the version they saw. */
	record NotesForm(@Nullable @Size(max = 20_000, message = "{groups.notes.tooLong}") String notes, long version) {
	}

	/** A project group's question, as its members or facilitator write it. */
	record QuestionForm(@Nullable @NotBlank(message = "{groups.question.required}") @Size(max = 2000,
			message = "{groups.question.tooLong}") String question) {
	}

	/**
	 * A project group's product: its description and the file (which a page shown again
	 * cannot keep: browsers never refill a file field).
	 */
	record ProductForm(
			@Nullable @NotBlank(message = "{groups.product.description.required}") @Size(max = 5000,
					message = "{groups.product.description.tooLong}") String description,
			@Nullable MultipartFile file) {

		static ProductForm of(String description) {
			return new ProductForm(description, null);
		}

	}

	/** Whether the group is a project group, and its expert by email address. */
	record ProjectForm(@Nullable Boolean project,
			@Nullable @Size(max = 254, message = "{groups.email.tooLong}") String expertEmail) {

		boolean isProject() {
			return Boolean.TRUE.equals(project);
		}

		String expertEmailOrBlank() {
			return expertEmail == null ? "" : expertEmail;
		}

	}

	/**
	 * Whose attendance mark a secretary makes, from the path: the cohort, its group, the
	 * group's meeting and the member (each checked against the one before it).
	 */
	record CohortMember(long id, long groupId, long meetingId, long personId) {
	}

	/**
	 * What an attendance tap says: present, absent or excused, with an optional reason.
	 */
	record Mark(@Nullable AttendanceStatus status, @Nullable String reason) {

		@Nullable String shortReason() {
			return reason != null && reason.length() > 500 ? reason.substring(0, 500) : reason;
		}

	}

}
