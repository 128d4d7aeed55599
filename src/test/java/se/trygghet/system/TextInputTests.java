package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The one rule for incoming text: control characters go, except tab and line breaks. */
class TextInputTests {

	@Test
	void removesNulAndOtherControlCharactersButKeepsTabsAndLineBreaks() {
		assertThat(TextInput.clean("Skadegörelse\u0000 vid\u0007 torget\u001b[0m\u007f\u0085\u009f"))
			.isEqualTo("Skadegörelse vid torget[0m");
		assertThat(TextInput.clean("rad ett\r\nrad två\n\tindrag")).isEqualTo("rad ett\r\nrad två\n\tindrag");
	}

	@Test
	void leavesOrdinaryTextAsItIsSwedishLettersAndTypographyIncluded() {
		String text = "Åtgärd på Bäckby – “trygghetsvandring” 5 € ½ 🙂 Ã¥";
		assertThat(TextInput.clean(text)).isSameAs(text);
	}

	@Test
	void cleansStringsReadFromJsonAndYamlWhetherEscapedOrNot() {
		JsonMapper json = TextInput.cleaning(JsonMapper.builder()).build();
		JsonNode tree = json.readTree("{\"beskrivning\": \"Klotter\\u0000 på\\u0001 väggen\", \"rader\": [\"a\\u0000b\"]}");
		assertThat(tree.get("beskrivning").asString()).isEqualTo("Klotter på väggen");
		assertThat(tree.get("rader").get(0).asString()).isEqualTo("ab");
		record Incident(String beskrivning) {
		}
		assertThat(json.readValue("{\"beskrivning\": \"x\\u0000y\"}", Incident.class).beskrivning()).isEqualTo("xy");
		YAMLMapper yaml = TextInput.cleaning(YAMLMapper.builder()).build();
		assertThat(yaml.readTree("titel: \"Trygg\\0het\"").get("titel").asString()).isEqualTo("Trygghet");
	}

}
