package org.traject.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one answer to a refused change that no form put beside its field: the reader goes
 * to the page the handler's {@link OnRefusal} names (or back where they came from) and
 * reads why at the top. An htmx request gets the same page as a full navigation
 * ({@code HX-Redirect}), because a fragment swap has nowhere to show a page-level
 * message.
 */
@ControllerAdvice
class RefusalHandling {

	private static final Logger log = LoggerFactory.getLogger(RefusalHandling.class);

	@ExceptionHandler(Refusal.class)
	@Nullable ModelAndView refused(Refusal refusal, HandlerMethod handler, HttpServletRequest request,
			HttpServletResponse response) {
		log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refusal.messageKey());
		if (handler.getBean() instanceof RefusedInPlace controller) {
			var answer = controller.answerRefusal(refusal, request);
			if (answer != null) {
				return answer;
			}
		}
		String target = target(handler, request);
		Flash.put(request, "flashError", refusal.messageKey(), refusal.arguments());
		if (Htmx.isHtmxRequest(request)) {
			RequestContextUtils.saveOutputFlashMap(target, request, response);
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return new ModelAndView();
		}
		return new ModelAndView("redirect:" + target);
	}

	static String target(HandlerMethod handler, HttpServletRequest request) {
		var onRefusal = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), OnRefusal.class);
		if (onRefusal == null) {
			onRefusal = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), OnRefusal.class);
		}
		if (onRefusal != null) {
			@SuppressWarnings("unchecked")
			var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			return UriComponentsBuilder.fromUriString(onRefusal.value())
				.buildAndExpand(variables == null ? Map.of() : variables)
				.encode()
				.toUriString();
		}
		return sameSiteReferer(request);
	}

	/** The page the form was on, when it was one of ours; otherwise the start page. */
	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			var uri = URI.create(referer);
			boolean ours = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			String path = uri.getRawPath();
			if (!ours || path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException notAUri) {
			return "/";
		}
	}

}
