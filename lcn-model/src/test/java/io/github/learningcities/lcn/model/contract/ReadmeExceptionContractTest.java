package io.github.learningcities.lcn.model.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.network.Network;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "One exception contract" examples throw exactly the messages the README shows
 * (the README is read from the repository, so the two cannot drift apart).
 */
class ReadmeExceptionContractTest {
  private static final City SUMY =
      UkrainianNetwork.get().city(CityId.of("ua-sumy")).orElseThrow();

  @Test
  void theReadmeShowsTheMessagesTheExamplesThrow() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains("// InvalidModelException: " + message(
        () -> City.builder().id(CityId.of("ua-sumy")).build()));
    assertThat(readme).contains("// InvalidModelException: " + message(
        () -> City.builder().from(SUMY).names(null)));
    assertThat(readme).contains("// InvalidModelException: " + message(
        () -> City.builder().from(SUMY).website(URI.create("ftp://sumy.ua")).build()));
    assertThat(readme).contains("// InvalidModelException: " + message(
        () -> Network.builder().memberships(null)));
  }

  private static String message(Runnable call) {
    InvalidModelException e = catchThrowableOfType(call::run, InvalidModelException.class);
    assertThat(e).as("an InvalidModelException").isNotNull();
    return e.getMessage();
  }
}
