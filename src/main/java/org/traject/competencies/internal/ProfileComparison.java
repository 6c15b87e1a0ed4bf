package org.traject.competencies.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a profile. Clusters and competencies are matched
 * by the key they keep across versions (so a rename shows as a change, not as a removal
 * plus an addition), then by name for versions that do not share keys (an imported
 * profile).
 */
public final class ProfileComparison {

	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * One difference. {@code subject} and {@code field} are message-key suffixes;
	 * {@code language} is set for a text that exists per language.
	 */
	public record Change(Kind kind, String subject, String name, @Nullable String field, @Nullable String language,
			@Nullable String before, @Nullable String after) {
	}

	private final List<Change> changes = new ArrayList<>();

	private ProfileComparison() {
	}

	public static List<Change> compare(ProfileVersion from, ProfileVersion to) {
		var comparison = new ProfileComparison();
		comparison.profile(from, to);
		comparison.scale(from.getScale(), to.getScale());
		comparison.clusters(from.getClusters(), to.getClusters());
		comparison.competencies(from, to);
		return List.copyOf(comparison.changes);
	}

	private void profile(ProfileVersion from, ProfileVersion to) {
		String name = to.defaultText().name();
		field("profile", name, "defaultLanguage", null, from.getDefaultLanguage(), to.getDefaultLanguage());
		var languages = new TreeSet<String>();
		languages.addAll(from.getTexts().keySet());
		languages.addAll(to.getTexts().keySet());
		for (String language : languages) {
			ProfileText a = from.getTexts().get(language);
			ProfileText b = to.getTexts().get(language);
			field("profile", name, "name", language, a == null ? null : a.name(), b == null ? null : b.name());
			field("profile", name, "roleTitle", language, a == null ? null : a.roleTitle(),
					b == null ? null : b.roleTitle());
			field("profile", name, "description", language, a == null ? null : a.description(),
					b == null ? null : b.description());
		}
	}

	private void scale(List<ScaleLevel> from, List<ScaleLevel> to) {
		for (int i = 0; i < Math.max(from.size(), to.size()); i++) {
			ScaleLevel a = i < from.size() ? from.get(i) : null;
			ScaleLevel b = i < to.size() ? to.get(i) : null;
			String name = Integer.toString(i + 1);
			if (a == null && b != null) {
				changes.add(new Change(Kind.ADDED, "level", name, null, null, null, b.label()));
			}
			else if (b == null && a != null) {
				changes.add(new Change(Kind.REMOVED, "level", name, null, null, a.label(), null));
			}
			else if (a != null && b != null) {
				field("level", name, "label", null, a.label(), b.label());
				field("level", name, "descriptor", null, a.descriptor(), b.descriptor());
			}
		}
	}

	private void clusters(List<CompetencyCluster> from, List<CompetencyCluster> to) {
		match(from, to, CompetencyCluster::getLineageKey, CompetencyCluster::getName, (a, b) -> {
			if (a == null && b != null) {
				changes.add(new Change(Kind.ADDED, "cluster", b.getName(), null, null, null, b.getDescription()));
			}
			else if (b == null && a != null) {
				changes.add(new Change(Kind.REMOVED, "cluster", a.getName(), null, null, a.getDescription(), null));
			}
			else if (a != null && b != null) {
				field("cluster", b.getName(), "name", null, a.getName(), b.getName());
				field("cluster", b.getName(), "description", null, a.getDescription(), b.getDescription());
				field("cluster", b.getName(), "position", null, Integer.toString(a.getPosition() + 1),
						Integer.toString(b.getPosition() + 1));
			}
		});
	}

	private void competencies(ProfileVersion from, ProfileVersion to) {
		match(all(from), all(to), Competency::getLineageKey, Competency::getName, (a, b) -> {
			if (a == null && b != null) {
				changes.add(new Change(Kind.ADDED, "competency", b.getName(), null, null, null, summary(b)));
			}
			else if (b == null && a != null) {
				changes.add(new Change(Kind.REMOVED, "competency", a.getName(), null, null, summary(a), null));
			}
			else if (a != null && b != null) {
				String name = b.getName();
				field("competency", name, "name", null, a.getName(), b.getName());
				field("competency", name, "cluster", null, a.getCluster().getName(), b.getCluster().getName());
				field("competency", name, "description", null, a.getDescription(), b.getDescription());
				field("competency", name, "targetLevel", null, Integer.toString(a.getTargetLevel()),
						Integer.toString(b.getTargetLevel()));
				indicators(name, a.getIndicators(), b.getIndicators());
				field("competency", name, "position", null, Integer.toString(a.getPosition() + 1),
						Integer.toString(b.getPosition() + 1));
			}
		});
	}

	/**
	 * Indicator by indicator: the lines both versions share (longest common subsequence)
	 * are left out, so one line added shows as that line added, not as the whole list
	 * struck through and written again. A removed line directly followed by an added one
	 * is shown as that line changed.
	 */
	private void indicators(String competency, List<String> from, List<String> to) {
		int n = from.size();
		int m = to.size();
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = same(from.get(i), to.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		var removed = new ArrayList<String>();
		var added = new ArrayList<String>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && same(from.get(i), to.get(j))) {
				indicatorRun(competency, removed, added);
				i++;
				j++;
			}
			else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
				added.add(to.get(j++));
			}
			else {
				removed.add(from.get(i++));
			}
		}
		indicatorRun(competency, removed, added);
	}

	private void indicatorRun(String competency, List<String> removed, List<String> added) {
		for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
			String before = k < removed.size() ? removed.get(k) : null;
			String after = k < added.size() ? added.get(k) : null;
			Kind kind = before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
			changes.add(new Change(kind, "competency", competency, "indicator", null, before, after));
		}
		removed.clear();
		added.clear();
	}

	private static boolean same(String a, String b) {
		return Objects.equals(blankToNull(a), blankToNull(b));
	}

	private static List<Competency> all(ProfileVersion version) {
		return version.getClusters().stream().flatMap(c -> c.getCompetencies().stream()).toList();
	}

	private static String summary(Competency c) {
		return c.getCluster().getName() + " · " + c.getTargetLevel();
	}

	private void field(String subject, String name, String field, @Nullable String language, @Nullable String before,
			@Nullable String after) {
		if (!Objects.equals(blankToNull(before), blankToNull(after))) {
			changes.add(new Change(Kind.CHANGED, subject, name, field, language, before, after));
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	interface Pair<T> {

		void accept(@Nullable T before, @Nullable T after);

	}

	/**
	 * Calls back for every matched pair in the order of the newer version, then for what
	 * only the older one has.
	 */
	private static <T> void match(Collection<T> from, Collection<T> to, Function<T, UUID> key, Function<T, String> name,
			Pair<T> pair) {
		Map<UUID, T> byKey = new LinkedHashMap<>();
		from.forEach(t -> byKey.put(key.apply(t), t));
		Map<String, T> byName = new LinkedHashMap<>();
		from.forEach(t -> byName.put(name.apply(t).toLowerCase(Locale.ROOT), t));
		var unmatched = new ArrayList<>(from);
		for (T b : to) {
			T a = byKey.get(key.apply(b));
			if (a == null || !unmatched.contains(a)) {
				a = byName.get(name.apply(b).toLowerCase(Locale.ROOT));
			}
			if (a != null && unmatched.remove(a)) {
				pair.accept(a, b);
			}
			else {
				pair.accept(null, b);
			}
		}
		unmatched.forEach(a -> pair.accept(a, null));
	}

}
