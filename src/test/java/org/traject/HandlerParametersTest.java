package org.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * No request handler takes more than five parameters (CONVENTIONS.md): more is a sign
 * that path variables or form fields want a record bound with {@code @ModelAttribute}, or
 * that the handler does more than bind, call one service and choose a view.
 */
class HandlerParametersTest {

	private static final int MOST = 5;

	@Test
	void noHandlerTakesMoreThanFiveParameters() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<String> tooMany = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.traject")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			for (var method : type.getDeclaredMethods()) {
				if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)
						&& method.getParameterCount() > MOST) {
					tooMany
						.add(type.getSimpleName() + "." + method.getName() + " (" + method.getParameterCount() + ")");
				}
			}
		}
		assertThat(tooMany).as("handlers with more than " + MOST + " parameters").isEmpty();
	}

}
