package org.traject.people.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.CurrentUser;

/**
 * Resolves an {@link Actor} handler argument from the signed-in person, so controllers do
 * not each take the principal and build one. Nobody signed in is an authentication
 * problem (Spring Security sends the reader to sign in), never a null actor.
 */
@Configuration(proxyBeanMethods = false)
class ActorArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Actor.class;
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			throw new InsufficientAuthenticationException("Signing in is needed to act");
		}
		var actingAs = parameter.getParameterAnnotation(ActingAs.class);
		return Actor.of(user, actingAs == null ? Actor.Capacity.PARTICIPANT : actingAs.value());
	}

}
