package org.traject.development.internal;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.development.ParticipantProgrammes;

/**
 * Until a module that knows enrolments implements {@link ParticipantProgrammes}, nobody takes part in any programme:
 * participants measure themselves against a profile of their choice. Consumers ask every implementation and combine
 * the answers, so this fallback is harmless even if the condition is evaluated before the real bean is known.
 */
@Configuration(proxyBeanMethods = false)
class NoEnrolmentsYet {

	@Bean
	@ConditionalOnMissingBean(ParticipantProgrammes.class)
	ParticipantProgrammes noEnrolments() {
		return personId -> List.of();
	}
}
