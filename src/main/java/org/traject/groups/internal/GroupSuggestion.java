package org.traject.groups.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Divides a cohort's participants into groups of about the size asked for, spreading
 * organisations, places and sectors: people of the largest organisations are placed
 * first, each in the group that has the fewest people of their organisation, then of
 * their place, then of their sector, then the fewest people. Group sizes differ by one at
 * most. So two people of one school share a group only when the school has more people
 * than there are groups. Deterministic: the same people and size give the same groups.
 */
public final class GroupSuggestion {

	/** The smallest and largest group size a secretary may ask for. */
	public static final int MIN_SIZE = 3;

	public static final int MAX_SIZE = 12;

	private GroupSuggestion() {
	}

	/**
	 * One participant as the suggestion sees them; an unknown organisation, place or
	 * sector is null and never counts as shared.
	 */
	public record Candidate(long personId, String name, @Nullable String organisation, @Nullable String place,
			@Nullable String sector) {
	}

	public static List<List<Candidate>> divide(List<Candidate> people, int size) {
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new IllegalArgumentException("Group size out of range: " + size);
		}
		if (people.isEmpty()) {
			return List.of();
		}
		int count = Math.max(1, Math.round((float) people.size() / size));
		int capacity = (people.size() + count - 1) / count;
		var organisations = frequencies(people, Candidate::organisation);
		var places = frequencies(people, Candidate::place);
		var sectors = frequencies(people, Candidate::sector);
		var order = people.stream()
			.sorted(Comparator.<Candidate>comparingInt(c -> -organisations.getOrDefault(c.organisation(), 0))
				.thenComparing(c -> String.valueOf(c.organisation()))
				.thenComparingInt(c -> -places.getOrDefault(c.place(), 0))
				.thenComparingInt(c -> -sectors.getOrDefault(c.sector(), 0))
				.thenComparing(Candidate::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparingLong(Candidate::personId))
			.toList();
		List<List<Candidate>> groups = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			groups.add(new ArrayList<>());
		}
		for (Candidate person : order) {
			List<Candidate> best = null;
			int[] bestScore = null;
			for (List<Candidate> group : groups) {
				if (group.size() >= capacity) {
					continue;
				}
				int[] score = { shared(group, person, Candidate::organisation), shared(group, person, Candidate::place),
						shared(group, person, Candidate::sector), group.size() };
				if (bestScore == null || java.util.Arrays.compare(score, bestScore) < 0) {
					best = group;
					bestScore = score;
				}
			}
			Objects.requireNonNull(best).add(person);
		}
		groups.forEach(g -> g.sort(Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER)));
		return groups;
	}

	/** How many pairs of people of one organisation share a group. */
	public static int organisationClashes(List<List<Candidate>> groups) {
		int clashes = 0;
		for (List<Candidate> group : groups) {
			for (int count : frequencies(group, Candidate::organisation).values()) {
				clashes += count * (count - 1) / 2;
			}
		}
		return clashes;
	}

	private static int shared(List<Candidate> group, Candidate person, Function<Candidate, @Nullable String> trait) {
		String value = trait.apply(person);
		if (value == null) {
			return 0;
		}
		return (int) group.stream().filter(other -> value.equals(trait.apply(other))).count();
	}

	private static Map<String, Integer> frequencies(List<Candidate> people,
			Function<Candidate, @Nullable String> trait) {
		Map<String, Integer> counts = new HashMap<>();
		for (Candidate person : people) {
			String value = trait.apply(person);
			if (value != null) {
				counts.merge(value, 1, Integer::sum);
			}
		}
		return counts;
	}

}
