package org.traject.routemaps.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;
import org.traject.routemaps.internal.Partnerships;
import org.traject.routemaps.internal.RouteMapQueries;

/**
 * Start-page sections: a coordinator or steering-group member finds their partnerships'
 * boards on their start page; the administrator finds the route maps.
 */
@Configuration(proxyBeanMethods = false)
class RouteMapStartSections {

	@Bean
	StartPageSection partnershipsStartSection(Partnerships partnerships) {
		return new Section(Role.PARTICIPANT, "routemaps/start :: partnerships", 5,
				user -> Map.of("partnerships", partnerships.partnershipsOf(user.personId())));
	}

	@Bean
	StartPageSection routeMapsStartSection(RouteMapQueries queries) {
		return new Section(Role.ADMIN, "routemaps/start :: admin-route-maps", 15,
				user -> Map.of("count", queries.overview().size()));
	}

	private record Section(Role role, String fragment, int order,
			java.util.function.Function<CurrentUser, Map<String, Object>> content) implements StartPageSection {

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return content.apply(user);
		}

	}

}
