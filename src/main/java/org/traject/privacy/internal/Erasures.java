package org.traject.privacy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.people.AccountData;
import org.traject.people.People;
import org.traject.privacy.DataSubject;
import org.traject.privacy.LegalHold;
import org.traject.privacy.PersonalDataContributor;

/**
 * Erasure at a person's request (GDPR art. 17): the person asks, an administrator
 * confirms, and every module's contributor removes or anonymises its part in one
 * transaction. Figures for reports stay, attached to an account that names nobody.
 */
@Service
public class Erasures {

	private static final Logger logger = LoggerFactory.getLogger(Erasures.class);

	private final List<PersonalDataContributor> contributors;

	private final ErasureRequests requests;

	private final PrivacyLog log;

	private final People people;

	private final AccountData accounts;

	Erasures(List<PersonalDataContributor> contributors, ErasureRequests requests, PrivacyLog log, People people,
			AccountData accounts) {
		this.accounts = accounts;
		this.contributors = contributors.stream()
			.sorted(Comparator.comparingInt(PersonalDataContributor::order))
			.toList();
		this.requests = requests;
		this.log = log;
		this.people = people;
	}

	/**
	 * Asks for the person's erasure (by themselves, or entered by an administrator).
	 * @return false when a request is open already
	 */
	@Transactional
	public boolean request(long personId, long requestedBy) {
		boolean opened = requests.open(personId, requestedBy);
		if (opened) {
			log.record(PrivacyLog.Action.ERASURE_REQUESTED, personId, requestedBy, 0);
		}
		return opened;
	}

	/** What an erasure of this person would keep, and why. */
	@Transactional(readOnly = true)
	public List<LegalHold> legalHolds(long personId) {
		return subject(personId).map(this::holds).orElse(List.of());
	}

	/**
	 * Carries out an open request.
	 * @return false when the request is not open (already decided, or unknown)
	 */
	@Transactional
	public boolean confirm(long requestId, long administratorId) {
		Optional<Long> personId = requests.lockPending(requestId);
		if (personId.isEmpty()) {
			return false;
		}
		requests.decide(requestId, "ERASED", administratorId);
		erase(personId.get(), administratorId, PrivacyLog.Action.ERASED);
		return true;
	}

	/** Declines an open request (it was not the person's, or a legal hold covers all). */
	@Transactional
	public boolean decline(long requestId, long administratorId) {
		Optional<Long> personId = requests.lockPending(requestId);
		if (personId.isEmpty()) {
			return false;
		}
		requests.decide(requestId, "DECLINED", administratorId);
		log.record(PrivacyLog.Action.ERASURE_DECLINED, personId.get(), administratorId, 0);
		return true;
	}

	/**
	 * Erases a person now, in the caller's transaction (or a new one), and logs it; the
	 * legal holds are kept and counted. Does nothing for an account already erased.
	 */
	@Transactional
	public void erase(long personId, @Nullable Long actorId, PrivacyLog.Action action) {
		var subject = subject(personId);
		if (subject.isEmpty()) {
			return;
		}
		int holds = holds(subject.get()).size();
		for (PersonalDataContributor contributor : contributors) {
			contributor.erase(subject.get());
		}
		requests.closeFor(personId, actorId == null ? personId : actorId);
		log.record(action, personId, actorId, holds);
		logger.info("Person {} erased ({}), {} legal holds kept", personId, action, holds);
	}

	private List<LegalHold> holds(DataSubject subject) {
		List<LegalHold> holds = new ArrayList<>();
		contributors.forEach(c -> holds.addAll(c.legalHolds(subject)));
		return holds;
	}

	/** The person as a data subject; empty when unknown or already erased. */
	private Optional<DataSubject> subject(long personId) {
		return people.findById(personId)
			.filter(p -> !accounts.isErased(p.id()))
			.map(p -> new DataSubject(p.id(), p.email(), p.displayName(),
					Locale.forLanguageTag(p.preferredLanguage())));
	}

}
