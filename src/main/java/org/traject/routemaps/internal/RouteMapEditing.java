package org.traject.routemaps.internal;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.routemaps.Enums.Audience;
import org.traject.routemaps.Enums;
import org.traject.routemaps.Texts;

/**
 * Changes to route maps. Only a draft changes; publishing freezes it (the database
 * refuses any later change, see V200) and retires the version published before; editing a
 * published route map starts a new draft, a copy with the same step and card keys. Other
 * modules write route maps through the facade
 * {@link org.traject.routemaps.RouteMapSetup}, which calls this service.
 */
@Service
@Transactional
public class RouteMapEditing {

	private final JdbcClient jdbc;

	RouteMapEditing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What an administrator writes for a route map version. */
	public record VersionTexts(Texts name, @Nullable Texts intro) {
	}

	/** What an administrator writes for a step. */
	public record StepTexts(Texts title, @Nullable Texts purpose) {
	}

	/** What an administrator writes for a card. */
	public record CardTexts(Audience audience, Texts title, Texts questions, @Nullable Texts attention) {
	}

	/** A new route map, as a first draft. @return the draft's id */
	public long create(@Nullable String code, VersionTexts texts, boolean example) {
		long mapId = jdbc.sql("insert into route_map (code, created_at) values (:code, now()) returning id")
			.param("code", code)
			.query(Long.class)
			.single();
		return jdbc.sql("""
				insert into route_map_version (route_map_id, number, status, example, name_nl, name_da, name_en,
				       intro_nl, intro_da, intro_en, created_at)
				values (:map, 1, 'DRAFT', :example, :nameNl, :nameDa, :nameEn, :introNl, :introDa, :introEn, now())
				returning id""")
			.param("map", mapId)
			.param("example", example)
			.params(textParams(texts).getValues())
			.query(Long.class)
			.single();
	}

	public void updateTexts(long versionId, VersionTexts texts) {
		draft(versionId);
		jdbc.sql("""
				update route_map_version set name_nl = :nameNl, name_da = :nameDa, name_en = :nameEn,
				       intro_nl = :introNl, intro_da = :introDa, intro_en = :introEn
				where id = :id""").param("id", versionId).params(textParams(texts).getValues()).update();
	}

	/**
	 * @return the new step's id
	 */
	public long addStep(long versionId, StepTexts texts) {
		draft(versionId);
		return jdbc.sql("""
				insert into route_map_step (version_id, step_key, position, title_nl, title_da, title_en,
				       purpose_nl, purpose_da, purpose_en)
				values (:version, :key,
				        (select coalesce(max(position), 0) + 1 from route_map_step where version_id = :version),
				        :titleNl, :titleDa, :titleEn, :purposeNl, :purposeDa, :purposeEn)
				returning id""")
			.param("version", versionId)
			.param("key", UUID.randomUUID())
			.params(stepParams(texts).getValues())
			.query(Long.class)
			.single();
	}

	public void updateStep(long versionId, long stepId, StepTexts texts) {
		draft(versionId);
		int changed = jdbc.sql("""
				update route_map_step set title_nl = :titleNl, title_da = :titleDa, title_en = :titleEn,
				       purpose_nl = :purposeNl, purpose_da = :purposeDa, purpose_en = :purposeEn
				where id = :step and version_id = :version""")
			.param("step", stepId)
			.param("version", versionId)
			.params(stepParams(texts).getValues())
			.update();
		found(changed);
	}

	/** Removes a step with its cards; the steps after it move up. */
	public void deleteStep(long versionId, long stepId) {
		draft(versionId);
		var position = jdbc
			.sql("delete from route_map_step where id = :step and version_id = :version returning position")
			.param("step", stepId)
			.param("version", versionId)
			.query(Integer.class)
			.optional()
			.orElseThrow();
		jdbc.sql("update route_map_step set position = position - 1 where version_id = :version and position > :p")
			.param("version", versionId)
			.param("p", position)
			.update();
	}

	/** Swaps a step with the one before it (up) or after it. */
	public void moveStep(long versionId, long stepId, boolean up) {
		draft(versionId);
		int position = jdbc.sql("select position from route_map_step where id = :step and version_id = :version")
			.param("step", stepId)
			.param("version", versionId)
			.query(Integer.class)
			.optional()
			.orElseThrow();
		int other = up ? position - 1 : position + 1;
		jdbc.sql("""
				update route_map_step set position = case when position = :p then :o else :p end
				where version_id = :version and position in (:p, :o)
				  and exists (select 1 from route_map_step where version_id = :version and position = :o)""")
			.param("version", versionId)
			.param("p", position)
			.param("o", other)
			.update();
	}

	/**
	 * @return the new card's id
	 */
	public long addCard(long versionId, long stepId, CardTexts texts) {
		draft(versionId);
		found(jdbc.sql("select count(*) from route_map_step where id = :step and version_id = :version")
			.param("step", stepId)
			.param("version", versionId)
			.query(Integer.class)
			.single());
		return jdbc.sql("""
				insert into route_map_card (version_id, step_id, card_key, position, audience, title_nl, title_da,
				       title_en, questions_nl, questions_da, questions_en, attention_nl, attention_da, attention_en)
				values (:version, :step, :key,
				        (select coalesce(max(position), 0) + 1 from route_map_card where step_id = :step),
				        :audience, :titleNl, :titleDa, :titleEn, :questionsNl, :questionsDa, :questionsEn,
				        :attentionNl, :attentionDa, :attentionEn)
				returning id""")
			.param("version", versionId)
			.param("step", stepId)
			.param("key", UUID.randomUUID())
			.params(cardParams(texts).getValues())
			.query(Long.class)
			.single();
	}

	public void updateCard(long versionId, long cardId, CardTexts texts) {
		draft(versionId);
		found(jdbc.sql("""
				update route_map_card set audience = :audience, title_nl = :titleNl, title_da = :titleDa,
				       title_en = :titleEn, questions_nl = :questionsNl, questions_da = :questionsDa,
				       questions_en = :questionsEn, attention_nl = :attentionNl, attention_da = :attentionDa,
				       attention_en = :attentionEn
				where id = :card and version_id = :version""")
			.param("card", cardId)
			.param("version", versionId)
			.params(cardParams(texts).getValues())
			.update());
	}

	public void deleteCard(long versionId, long cardId) {
		draft(versionId);
		var removed = jdbc
			.sql("delete from route_map_card where id = :card and version_id = :version returning step_id, position")
			.param("card", cardId)
			.param("version", versionId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.orElseThrow();
		jdbc.sql("update route_map_card set position = position - 1 where step_id = :step and position > :p")
			.param("step", removed[0])
			.param("p", removed[1])
			.update();
	}

	/**
	 * Publishes a draft: it must have steps, each with a card. The version published
	 * before is retired in the same transaction.
	 */
	public void publish(long versionId) {
		long mapId = draft(versionId);
		int steps = jdbc.sql("select count(*) from route_map_step where version_id = :v")
			.param("v", versionId)
			.query(Integer.class)
			.single();
		int empty = jdbc.sql("""
				select count(*) from route_map_step s where s.version_id = :v
				  and not exists (select 1 from route_map_card c where c.step_id = s.id)""")
			.param("v", versionId)
			.query(Integer.class)
			.single();
		if (steps == 0 || empty > 0) {
			throw new RouteMapRuleException(null, "routemaps.publish.incomplete");
		}
		jdbc.sql("""
				update route_map_version set status = 'RETIRED', retired_at = now()
				where route_map_id = :map and status = 'PUBLISHED'""").param("map", mapId).update();
		jdbc.sql("update route_map_version set status = 'PUBLISHED', published_at = :now where id = :v")
			.param("v", versionId)
			.param("now", java.sql.Timestamp.from(Instant.now()))
			.update();
	}

	/**
	 * The draft of a route map to edit: the one there is, else a copy of the newest
	 * version with the same step and card keys. @return the draft's id
	 */
	public long editableDraft(long routeMapId) {
		jdbc.sql("select id from route_map where id = :map for update")
			.param("map", routeMapId)
			.query(Long.class)
			.optional()
			.orElseThrow();
		var existing = jdbc.sql("select id from route_map_version where route_map_id = :map and status = 'DRAFT'")
			.param("map", routeMapId)
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		long from = jdbc.sql("select id from route_map_version where route_map_id = :map order by number desc limit 1")
			.param("map", routeMapId)
			.query(Long.class)
			.single();
		long draft = jdbc.sql("""
				insert into route_map_version (route_map_id, number, status, example, name_nl, name_da, name_en,
				       intro_nl, intro_da, intro_en, created_at)
				select route_map_id, number + 1, 'DRAFT', example, name_nl, name_da, name_en, intro_nl, intro_da,
				       intro_en, now()
				from route_map_version where id = :from
				returning id""").param("from", from).query(Long.class).single();
		jdbc.sql("""
				insert into route_map_step (version_id, step_key, position, title_nl, title_da, title_en, purpose_nl,
				       purpose_da, purpose_en)
				select :draft, step_key, position, title_nl, title_da, title_en, purpose_nl, purpose_da, purpose_en
				from route_map_step where version_id = :from""").param("draft", draft).param("from", from).update();
		jdbc.sql("""
				insert into route_map_card (version_id, step_id, card_key, position, audience, title_nl, title_da,
				       title_en, questions_nl, questions_da, questions_en, attention_nl, attention_da, attention_en)
				select :draft, n.id, c.card_key, c.position, c.audience, c.title_nl, c.title_da, c.title_en,
				       c.questions_nl, c.questions_da, c.questions_en, c.attention_nl, c.attention_da, c.attention_en
				from route_map_card c
				join route_map_step o on o.id = c.step_id
				join route_map_step n on n.version_id = :draft and n.step_key = o.step_key
				where c.version_id = :from""").param("draft", draft).param("from", from).update();
		return draft;
	}

	/**
	 * Locks a version and makes sure it is a draft. @return its route map's id
	 * @throws NoSuchElementException for an unknown version
	 */
	private long draft(long versionId) {
		var row = jdbc.sql("select route_map_id, status from route_map_version where id = :id for update")
			.param("id", versionId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional()
			.orElseThrow();
		if (!"DRAFT".equals(row[1])) {
			throw new RouteMapRuleException(null, "routemaps.version.frozen");
		}
		return (Long) row[0];
	}

	private static void found(int rows) {
		if (rows == 0) {
			throw new NoSuchElementException();
		}
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource textParams(VersionTexts texts) {
		var p = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
		put(p, "name", texts.name());
		put(p, "intro", texts.intro());
		return p;
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource stepParams(StepTexts texts) {
		var p = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
		put(p, "title", texts.title());
		put(p, "purpose", texts.purpose());
		return p;
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource cardParams(CardTexts texts) {
		var p = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
		p.addValue("audience", texts.audience().name());
		put(p, "title", texts.title());
		put(p, "questions", texts.questions());
		put(p, "attention", texts.attention());
		return p;
	}

	private static void put(org.springframework.jdbc.core.namedparam.MapSqlParameterSource p, String name,
			@Nullable Texts texts) {
		p.addValue(name + "Nl", texts == null ? null : texts.nl());
		p.addValue(name + "Da", texts == null ? null : texts.da());
		p.addValue(name + "En", texts == null ? null : texts.en());
	}

}
