package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncomingTextTest {

	@Test
	void dropsControlCharactersButKeepsTabsAndLineBreaks() {
		assertThat(IncomingText.clean("a\u0000b\u0007c\u001bd")).isEqualTo("abcd");
		assertThat(IncomingText.clean("line one\r\n\tline two")).isEqualTo("line one\r\n\tline two");
		assertThat(IncomingText.clean("Café — Ærø")).isEqualTo("Café — Ærø");
		assertThat(IncomingText.clean(null)).isNull();
	}

	@Test
	void boundTextIsCleanedAndTrimmedButAPasswordKeepsItsSpaces() {
		var text = new IncomingText.Editor(true);
		text.setAsText("  Leading\u0000 change \n");
		assertThat(text.getValue()).isEqualTo("Leading change");
		text.setAsText("   ");
		assertThat(text.getValue()).as("blank stays empty, not null").isEqualTo("");

		var password = IncomingText.untrimmed();
		password.setAsText(" secret\u0000 ");
		assertThat(password.getValue()).isEqualTo(" secret ");
	}

	@org.junit.jupiter.api.Test
	void aCommaListIsTrimmedWithoutBlanksAndKeepsEachItemOnceInTheOrderTyped() {
		org.assertj.core.api.Assertions
			.assertThat(IncomingText.commaList(" Leadership, finance,, leadership ,Financiën"))
			.containsExactly("Leadership", "finance", "Financiën");
		org.assertj.core.api.Assertions.assertThat(IncomingText.commaList(null)).isEmpty();
		org.assertj.core.api.Assertions.assertThat(IncomingText.commaList(" , ")).isEmpty();
	}

}
