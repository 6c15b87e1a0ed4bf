package org.traject.web;

import java.util.List;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files, mapped folder by folder instead of Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings=false}).
 *
 * <p>
 * Why: the resource chain rewrites every link a template writes
 * ({@code th:href="@{...}"}) that falls under a resource mapping. Under {@code /**} that
 * is every link on the page, and for each one that is not a file (a programme, a filter,
 * a language switch) the chain looked in four class-path locations inside the jar, on
 * every request, because misses are not cached. On the catalogue page this was more than
 * half of the CPU time (bench/run.sh, JFR). With the folders below, only links to actual
 * static files reach the chain, and those are cached.
 *
 * <p>
 * Cache control and which folders get content-hashed names still come from
 * {@code spring.web.resources.*}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/**
	 * The folders of {@code src/main/resources/static}, each served under its own name.
	 */
	static final List<String> FOLDERS = List.of("css", "js", "images");

	private final WebProperties.Resources resources;

	StaticResources(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl cache = resources.getCache().getCachecontrol().toHttpCacheControl();
		var content = resources.getChain().getStrategy().getContent();
		for (String folder : FOLDERS) {
			var chain = registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(cache)
				.resourceChain(true);
			if (content.isEnabled() && List.of(content.getPaths()).contains("/" + folder + "/**")) {
				chain.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
			}
		}
		// version-less webjar paths (/webjars/bootstrap/css/...) are written with the
		// version the jar brings
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cache)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
