package org.traject.peers;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.peers.internal.PeerSupporters;

/**
 * The peers module's facade for callers without a page (the demo data, an import): a
 * supporter listed as an administrator lists them and their profile filled in as the
 * supporter fills it in. Both go through the same service ({@code PeerSupporters}) and
 * rules as the pages.
 */
@Service
public class PeerSupporterSetup {

	private final PeerSupporters supporters;

	PeerSupporterSetup(PeerSupporters supporters) {
		this.supporters = supporters;
	}

	/** Whether the person is listed as a supporter (paused or not). */
	public boolean isSupporter(long personId) {
		return supporters.isSupporter(personId);
	}

	/**
	 * Lists the person with that address (who must have an account) as a supporter and
	 * writes their profile, not paused. @return the person's id
	 */
	@Transactional
	public long list(String email, PeerSector sector, int yearsExperience, List<String> themes, String about) {
		long id = supporters.list(email);
		var current = supporters.find(id).orElseThrow();
		supporters.save(id,
				new PeerSupporters.ProfileChange(sector, yearsExperience, themes, about, false, current.version()));
		return id;
	}

}
