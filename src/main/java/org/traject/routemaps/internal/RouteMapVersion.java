package org.traject.routemaps.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.traject.routemaps.Enums.Audience;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.VersionStatus;
import org.traject.routemaps.Enums;
import org.traject.routemaps.Texts;

/** One version of a route map with its steps and their cards, in order. */
public record RouteMapVersion(long id, long routeMapId, int number, VersionStatus status, boolean example, Texts name,
		@Nullable Texts intro, @Nullable Instant publishedAt, List<Step> steps) {

	public boolean isDraft() {
		return status == VersionStatus.DRAFT;
	}

	public Optional<Step> step(int position) {
		return steps.stream().filter(s -> s.position() == position).findFirst();
	}

	public Optional<Card> card(long cardId) {
		return steps.stream().flatMap(s -> s.cards().stream()).filter(c -> c.id() == cardId).findFirst();
	}

	public int cardCount() {
		return steps.stream().mapToInt(s -> s.cards().size()).sum();
	}

	/** A step of the route map. */
	public record Step(long id, UUID key, int position, Texts title, @Nullable Texts purpose, List<Card> cards) {

		/** The cards a member with this membership talks about; all cards for null. */
		public List<Card> cardsFor(@Nullable Membership membership) {
			return membership == null ? cards : cards.stream().filter(c -> c.audience().includes(membership)).toList();
		}

	}

	/** A conversation card: questions and points of attention, one per line. */
	public record Card(long id, UUID key, int position, Audience audience, Texts title, Texts questions,
			@Nullable Texts attention) {
	}

}
