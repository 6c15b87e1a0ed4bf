package org.traject.development.internal;

import org.traject.development.Relation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileVersionView;
import org.traject.development.FeedbackInvited;
import org.traject.people.People;

/**
 * Taking a measurement, asking others for feedback and giving it. Every method that takes
 * a person id acts only on that person's own measurements: another person's id answers
 * "not found", so nobody can even tell it exists.
 */
@Service
public class Measurements {

	/** How long a feedback link stays valid. */
	public static final Duration INVITATION_VALIDITY = Duration.ofDays(21);

	private final AssessmentRepository assessments;

	private final FeedbackInvitationRepository invitations;

	private final Answers answers;

	private final CompetencyProfiles profiles;

	private final People people;

	private final ApplicationEventPublisher events;

	Measurements(AssessmentRepository assessments, FeedbackInvitationRepository invitations, Answers answers,
			CompetencyProfiles profiles, People people, ApplicationEventPublisher events) {
		this.assessments = assessments;
		this.invitations = invitations;
		this.answers = answers;
		this.profiles = profiles;
		this.people = people;
		this.events = events;
	}

	/**
	 * Starts a measurement on a published profile version, or returns the one this person
	 * already has in progress on it, so a double click or a second tab never makes two.
	 */
	@Transactional
	public long start(long personId, long profileVersionId, @Nullable Long programmeId) {
		var version = profiles.findVersion(profileVersionId, Locale.ENGLISH)
			.filter(ProfileVersionView::isPublished)
			.orElseThrow(() -> new DevelopmentRuleException("development.measurement.notPublished"));
		return assessments
			.findFirstByPersonIdAndProfileVersionIdAndStatus(personId, version.id(), AssessmentStatus.IN_PROGRESS)
			.map(Assessment::getId)
			.orElseGet(
					() -> assessments.save(new Assessment(personId, version.id(), programmeId, Instant.now())).getId());
	}

	@Transactional(readOnly = true)
	public Assessment own(long assessmentId, long personId) {
		return assessments.findByIdAndPersonId(assessmentId, personId).orElseThrow();
	}

	/** The person's measurements, newest first. */
	@Transactional(readOnly = true)
	public List<Assessment> of(long personId) {
		return assessments.findByPersonIdOrderByStartedAtDescIdDesc(personId);
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> latestSubmitted(long personId) {
		return assessments.findLatestSubmitted(personId);
	}

	/**
	 * Saves the answers given on one page (or one answer, for autosave). Each must belong
	 * to the measurement's profile version and use its scale. Answers to a handed-in
	 * measurement are refused.
	 */
	@Transactional
	public void saveAnswers(long assessmentId, long personId, List<Answers.Answer> given) {
		var assessment = own(assessmentId, personId);
		var version = profiles.findVersion(assessment.getProfileVersionId(), Locale.ENGLISH).orElseThrow();
		var competencies = version.clusters()
			.stream()
			.flatMap(c -> c.competencies().stream())
			.map(ProfileVersionView.CompetencyView::id)
			.toList();
		Instant now = Instant.now();
		for (var answer : given) {
			if (!competencies.contains(answer.competencyId())) {
				throw new NoSuchElementException("competency " + answer.competencyId() + " is not in this profile");
			}
			if (answer.currentLevel() != null
					&& (answer.currentLevel() < 1 || answer.currentLevel() > version.maxLevel())
					|| answer.affinity() != null
							&& (answer.affinity() < 1 || answer.affinity() > DevelopmentPotential.MAX_AFFINITY)) {
				throw new DevelopmentRuleException("development.measurement.outOfScale");
			}
			String comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
			if (comment != null && comment.length() > 2000) {
				throw new DevelopmentRuleException("development.measurement.commentTooLong");
			}
			if (!answers.save(assessmentId,
					new Answers.Answer(answer.competencyId(), answer.currentLevel(), answer.affinity(), comment),
					now)) {
				throw new DevelopmentRuleException("development.measurement.alreadySubmitted");
			}
		}
	}

	@Transactional(readOnly = true)
	public int answeredCount(long assessmentId) {
		return answers.countComplete(assessmentId);
	}

	/**
	 * Hands the measurement in: every competency answered, and the form saw the current
	 * state.
	 */
	@Transactional
	public void submit(long assessmentId, long personId, long seenVersion) {
		var assessment = own(assessmentId, personId);
		if (assessment.getVersion() != seenVersion) {
			throw new OptimisticLockingFailureException("assessment " + assessmentId + " changed");
		}
		var version = profiles.findVersion(assessment.getProfileVersionId(), Locale.ENGLISH).orElseThrow();
		assessment.submit(answers.countComplete(assessmentId), version.competencyCount(), Instant.now());
	}

	/**
	 * Invites a manager or a peer. Returns the token: it is stored only as a hash, so the
	 * caller shows it (in development) and the {@link FeedbackInvited} event carries it
	 * to the email.
	 */
	@Transactional
	public Invited invite(long assessmentId, long personId, Relation relation, String name, String email,
			String language) {
		var assessment = own(assessmentId, personId);
		var participant = people.findById(personId).orElseThrow();
		if (participant.email().equalsIgnoreCase(email.strip())) {
			throw new DevelopmentRuleException("development.feedback.notYourself");
		}
		String token = FeedbackTokens.newToken();
		Instant now = Instant.now();
		var invitation = invitations.save(new FeedbackInvitation(assessment.getId(), relation, name, email, language,
				FeedbackTokens.hash(token), now, now.plus(INVITATION_VALIDITY)));
		String link = "/feedback/" + token;
		events.publishEvent(new FeedbackInvited(invitation.getId(), invitation.getEmail(), invitation.getName(),
				participant.displayName(), link, invitation.getExpiresAt(), language));
		return new Invited(invitation.getId(), link);
	}

	@Transactional
	public void withdraw(long assessmentId, long personId, long invitationId) {
		own(assessmentId, personId);
		var invitation = invitations.findById(invitationId)
			.filter(i -> i.getAssessmentId() == assessmentId)
			.orElseThrow();
		invitation.withdraw(Instant.now());
	}

	@Transactional(readOnly = true)
	public List<FeedbackInvitation> invitations(long assessmentId, long personId) {
		own(assessmentId, personId);
		return invitations.findByAssessmentIdOrderByInvitedAtAscIdAsc(assessmentId);
	}

	/** What the person behind a feedback link sees; unknown tokens are not found. */
	@Transactional(readOnly = true)
	public FeedbackRequest feedbackRequest(String token, Locale locale) {
		var invitation = invitation(token);
		var assessment = assessments.findById(invitation.getAssessmentId()).orElseThrow();
		var participant = people.findById(assessment.getPersonId()).orElseThrow();
		var version = profiles.findVersion(assessment.getProfileVersionId(), locale).orElseThrow();
		return new FeedbackRequest(invitation.getName(), invitation.getRelation(), participant.displayName(), version,
				invitation.getExpiresAt(), invitation.unavailableReason(Instant.now()));
	}

	/**
	 * Records the ratings behind a link: once, before it expires, for every competency of
	 * the profile.
	 */
	@Transactional
	public void giveFeedback(String token, Map<Long, Integer> levels) {
		var invitation = invitation(token);
		String reason = invitation.unavailableReason(Instant.now());
		if (reason != null) {
			throw new DevelopmentRuleException(reason);
		}
		var assessment = assessments.findById(invitation.getAssessmentId()).orElseThrow();
		var version = profiles.findVersion(assessment.getProfileVersionId(), Locale.ENGLISH).orElseThrow();
		var checked = new HashMap<Long, Integer>();
		for (var cluster : version.clusters()) {
			for (var competency : cluster.competencies()) {
				Integer level = levels.get(competency.id());
				if (level == null || level < 1 || level > version.maxLevel()) {
					throw new DevelopmentRuleException("development.feedback.incomplete");
				}
				checked.put(competency.id(), level);
			}
		}
		invitation.answer(checked, Instant.now());
	}

	private FeedbackInvitation invitation(String token) {
		if (!FeedbackTokens.looksValid(token)) {
			throw new NoSuchElementException("no such feedback link");
		}
		return invitations.findByTokenHash(FeedbackTokens.hash(token)).orElseThrow();
	}

	public record Invited(long invitationId, String link) {
	}

	/**
	 * @param unavailable why the link can no longer be used (a message key), or null
	 */
	public record FeedbackRequest(String raterName, Relation relation, String participantName,
			ProfileVersionView profile, Instant expiresAt, @Nullable String unavailable) {
	}

}
