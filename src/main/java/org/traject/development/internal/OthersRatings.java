package org.traject.development.internal;

import org.traject.development.Relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a participant may see of the feedback others gave: the manager's ratings (labelled
 * as theirs: a manager is known anyway) and the peers' average, but the peers' only once
 * at least {@link #MIN_PEERS} have answered, so no single peer's ratings can be read off
 * the page. Peers are never mixed with the manager before that threshold either: manager
 * plus one peer would give the peer away by subtraction.
 */
public final class OthersRatings {

	public static final int MIN_PEERS = 2;

	private final Map<Long, Double> manager;

	private final Map<Long, Double> peers;

	private final Map<Long, Double> all;

	private final int managerResponses;

	private final int peerResponses;

	private OthersRatings(Map<Long, Double> manager, Map<Long, Double> peers, Map<Long, Double> all,
			int managerResponses, int peerResponses) {
		this.manager = manager;
		this.peers = peers;
		this.all = all;
		this.managerResponses = managerResponses;
		this.peerResponses = peerResponses;
	}

	public static OthersRatings of(List<Response> responses) {
		var managers = responses.stream().filter(r -> r.relation() == Relation.MANAGER).toList();
		var peers = responses.stream().filter(r -> r.relation() == Relation.PEER).toList();
		boolean peersVisible = peers.size() >= MIN_PEERS;
		var visible = peersVisible ? responses : managers;
		return new OthersRatings(average(managers), peersVisible ? average(peers) : Map.of(), average(visible),
				managers.size(), peers.size());
	}

	private static Map<Long, Double> average(List<Response> responses) {
		Map<Long, int[]> sums = new HashMap<>();
		for (Response r : responses) {
			r.levels().forEach((competency, level) -> {
				int[] s = sums.computeIfAbsent(competency, k -> new int[2]);
				s[0] += level;
				s[1]++;
			});
		}
		Map<Long, Double> result = new HashMap<>();
		sums.forEach((k, s) -> result.put(k, (double) s[0] / s[1]));
		return result;
	}

	public boolean managerVisible() {
		return managerResponses > 0;
	}

	public boolean peersVisible() {
		return peerResponses >= MIN_PEERS;
	}

	public boolean anyVisible() {
		return managerVisible() || peersVisible();
	}

	/** Peers who answered; shown as a count even while their ratings are held back. */
	public int peerResponses() {
		return peerResponses;
	}

	public int managerResponses() {
		return managerResponses;
	}

	/** How many more peers must answer before their ratings show. */
	public int peersStillNeeded() {
		return Math.max(0, MIN_PEERS - peerResponses);
	}

	public @Nullable Double manager(long competencyId) {
		return manager.get(competencyId);
	}

	public @Nullable Double peers(long competencyId) {
		return peers.get(competencyId);
	}

	/**
	 * The average of every response the participant may see (manager, and peers once
	 * there are enough).
	 */
	public @Nullable Double others(long competencyId) {
		return all.get(competencyId);
	}

	/** One person's answered feedback: their relation and a level per competency id. */
	public record Response(Relation relation, Map<Long, Integer> levels) {
	}

}
