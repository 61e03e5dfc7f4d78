package io.github.learningcities.lcn.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A localized text binds as a JSON object from tag to text under Jackson 3 and 2, keeping the
 * order of the entries and the model's rules.
 */
class LocalizedTextJsonTest {
  private static final String JSON = "{\"uk\":\"Мелітополь\",\"en\":\"Melitopol\","
      + "\"uk-Latn\":\"Melitopol\"}";

  @Test
  void bindsThroughJackson3() {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();

    LocalizedText text = mapper.readValue(JSON, LocalizedText.class);

    assertThat(text.languageTags()).containsExactly("uk", "en", "uk-Latn");
    assertThat(text).isEqualTo(LocalizedText.of("uk", "Мелітополь", "en", "Melitopol")
        .with("uk-Latn", "Melitopol"));
    assertThat(mapper.writeValueAsString(text)).isEqualTo(JSON);
    assertThatThrownBy(() -> mapper.readValue("{\"en_GB\":\"Melitopol\"}", LocalizedText.class))
        .hasStackTraceContaining("LocalizedText.texts: \"en_GB\" is invalid");
    assertThatThrownBy(() -> mapper.readValue("{\"EN\":\"Melitopol\"}", LocalizedText.class))
        .hasStackTraceContaining("the canonical form of the language tag, \"en\"");
    assertThatThrownBy(() -> mapper.readValue("{}", LocalizedText.class))
        .hasStackTraceContaining("at least one text");
  }

  @Test
  void bindsThroughJackson2() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();

    LocalizedText text = mapper.readValue(JSON, LocalizedText.class);

    assertThat(text.languageTags()).containsExactly("uk", "en", "uk-Latn");
    assertThat(mapper.writeValueAsString(text)).isEqualTo(JSON);
    assertThatThrownBy(() -> mapper.readValue("{\"en\":\" \"}", LocalizedText.class))
        .hasStackTraceContaining("LocalizedText.texts[en]: \" \" is invalid");
  }
}
