package org.traject.web;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The one way a refused change reaches the reader, without a database: beside the field
 * on a form, as a message on the handler's page after a redirect, and as a full page load
 * for htmx.
 */
class RefusalHandlingTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
		.setControllerAdvice(new RefusalHandling())
		.build();

	@Test
	void aRefusalFromAnActionGoesToTheHandlersPageWithTheReason() throws Exception {
		mvc.perform(post("/things/42/close"))
			.andExpect(redirectedUrl("/things/42#closing"))
			.andExpect(flash().attribute("flashError", "things.refused.open"))
			.andExpect(flash().attribute("flashArgs", new Object[] { 3 }));
	}

	@Test
	void htmxIsSentToTheSamePageAsAFullLoad() throws Exception {
		var result = mvc.perform(post("/things/42/close").header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("HX-Redirect", "/things/42#closing"))
			.andReturn();
		assertThat(result.getFlashMap().get("flashError")).isEqualTo("things.refused.open");
	}

	@Test
	void withoutAnOnRefusalTheReaderGoesBackToTheirOwnPageNeverElsewhere() throws Exception {
		mvc.perform(post("/things/7/archive").header("Referer", "http://localhost/things/7?tab=2"))
			.andExpect(redirectedUrl("/things/7?tab=2"));
		mvc.perform(post("/things/7/archive").header("Referer", "https://evil.example/phish"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/things/7/archive")).andExpect(redirectedUrl("/"));
	}

	@Test
	void onAFormTheRefusalStandsBesideItsFieldAndTheTypedValueStays() throws Exception {
		mvc.perform(post("/things/42/rename").param("name", "Taken name"))
			.andExpect(status().isOk())
			.andExpect(view().name("things/rename"))
			.andExpect(model().attributeHasFieldErrorCode("thing", "name", "things.refused.nameTaken"))
			.andExpect(model().attribute("thing", new Thing("Taken name")));
	}

	@Test
	void aRefusalAboutNoFieldOfTheFormStandsAtItsTop() throws Exception {
		mvc.perform(post("/things/42/rename").param("name", "Closed")).andExpect(status().isOk()).andExpect(result -> {
			var errors = (BindingResult) result.getModelAndView()
				.getModel()
				.get(BindingResult.MODEL_KEY_PREFIX + "thing");
			assertThat(errors.getFieldErrors()).isEmpty();
			assertThat(errors.getGlobalError().getCode()).isEqualTo("things.refused.closed");
		});
	}

	record Thing(String name) {
	}

	@Controller
	static class Refusing {

		@PostMapping("/things/{id}/close")
		@OnRefusal("/things/{id}#closing")
		String close(@PathVariable long id) {
			throw new Refusal("things.refused.open", 3);
		}

		@PostMapping("/things/{id}/archive")
		String archive(@PathVariable long id) {
			throw new Refusal("things.refused.archived");
		}

		@PostMapping("/things/{id}/rename")
		String rename(@PathVariable long id, @ModelAttribute("thing") Thing thing, BindingResult errors) {
			if (Refusals.applied(errors, () -> {
				throw thing.name().equals("Closed") ? new Refusal("status", "things.refused.closed")
						: new Refusal("name", "things.refused.nameTaken");
			})) {
				return "redirect:/things/" + id;
			}
			return "things/rename";
		}

	}

}
