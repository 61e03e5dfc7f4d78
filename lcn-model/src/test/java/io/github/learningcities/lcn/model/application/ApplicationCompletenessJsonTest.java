package io.github.learningcities.lcn.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regression: the derived {@code isComplete()} and {@code isPart1Complete()} were written as
 * JSON properties that could not be read back ("Unrecognized property complete").
 */
class ApplicationCompletenessJsonTest {

  @Test
  void roundTripsWithoutItsDerivedFlags() {
    ApplicationCompleteness c = ApplicationCompleteness.of(List.of(
        ApplicationIssue.of("part1.narratives.vision", "230 words, at most 200 allowed")));
    JsonMapper mapper = JsonMapper.builder().build();
    String json = mapper.writeValueAsString(c);
    assertThat(json).doesNotContain("complete");
    assertThat(mapper.readValue(json, ApplicationCompleteness.class)).isEqualTo(c);
  }
}
