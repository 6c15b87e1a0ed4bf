package org.traject.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.development.internal.MeasurementImport;
import org.traject.development.internal.Plans;
import org.traject.people.CurrentUser;

/**
 * A participant's development brought in from elsewhere (another system, the demo data).
 * Measurements and feedback keep the dates they were taken and answered (a page would
 * date them now); the plan is written through the same rules as the participant's and the
 * coach's pages.
 */
@Service
public class DevelopmentImport {

	private final MeasurementImport measurements;

	private final Plans plans;

	DevelopmentImport(MeasurementImport measurements, Plans plans) {
		this.measurements = measurements;
		this.plans = plans;
	}

	/** Whether the person has a measurement (of any status). */
	public boolean hasMeasurements(long personId) {
		return measurements.hasMeasurements(personId);
	}

	/**
	 * A measurement started at {@code startedAt} and handed in at {@code submittedAt},
	 * with an answer for every competency of the profile version; returns its id.
	 */
	public long importMeasurement(long personId, long profileVersionId, @Nullable Long programmeId, Instant startedAt,
			Instant submittedAt, Map<Long, SelfRating> ratings) {
		return measurements.importSubmitted(personId, profileVersionId, programmeId, startedAt, submittedAt, ratings);
	}

	/**
	 * A participant's own answer for one competency: the current level and the affinity.
	 */
	public record SelfRating(int level, int affinity) {
	}

	/**
	 * Answered feedback on a measurement: asked at {@code invitedAt} (in
	 * {@code language}), answered at {@code answeredAt} with a level by competency id.
	 */
	public void importFeedback(long assessmentId, Relation relation, String name, String email, String language,
			Instant invitedAt, Instant answeredAt, Map<Long, Integer> levels) {
		measurements.importAnsweredFeedback(assessmentId, relation, name, email, language, invitedAt, answeredAt,
				levels);
	}

	/** The person's plan, if they have one. */
	public Optional<Long> planOf(long personId) {
		return plans.planOf(personId);
	}

	/** A goal in the person's plan (made if missing), linked to measured competencies. */
	public long addGoal(long personId, GoalDetails details, List<Long> competencyIds) {
		return plans.addGoal(personId, details, competencyIds);
	}

	/** An action under a goal, in the given state. */
	@Transactional
	public long addAction(long personId, long goalId, ActionType type, String description, @Nullable LocalDate due,
			ActionStatus status) {
		long id = plans.addAction(personId, goalId, type, description, due);
		if (status != ActionStatus.PLANNED) {
			plans.moveAction(personId, goalId, id, 0, status);
		}
		return id;
	}

	/** Dated evidence under a goal, with a file or without. */
	public long addEvidence(long personId, long goalId, LocalDate date, String text, @Nullable Document file) {
		return plans.addEvidence(personId, goalId, date, text,
				file == null ? null : new Plans.Upload(file.name(), file.contentType(), file.data()));
	}

	/** A file attached to evidence. */
	public record Document(String name, String contentType, byte[] data) {
	}

	/** Shares the person's plan with a coach, as the participant does. */
	public void shareWithCoach(long personId, long coachId) {
		plans.shareWithCoach(personId, coachId);
	}

	/** A coach's comment on a goal of a plan shared with them. */
	public void comment(CurrentUser coach, long planId, long goalId, String text) {
		plans.comment(coach, planId, goalId, text);
	}

	/** A coaching session a coach records on a plan shared with them. */
	public void recordSession(CurrentUser coach, long planId, LocalDate heldOn, String notes) {
		plans.recordSession(coach, planId, heldOn, notes);
	}

}
