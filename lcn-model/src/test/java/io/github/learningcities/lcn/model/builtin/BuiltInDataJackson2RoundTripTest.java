package io.github.learningcities.lcn.model.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.learningcities.lcn.model.award.LearningCityAwardCatalog;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.event.Event;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.model.unesco.ConferencesCatalog;
import io.github.learningcities.lcn.model.unesco.GuidelinesCatalog;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.RegionsCatalog;
import org.junit.jupiter.api.Test;

/**
 * The built-in object graph binds with Jackson 2 alone, set up as the README tells Jackson 2
 * users: jackson-databind plus the Jdk8 (Optional) and JavaTime (LocalDate, Year) modules, ISO
 * dates. Reading goes through each abstract type ({@code Network.class}), writing through the
 * value and through a writer for the abstract type.
 */
class BuiltInDataJackson2RoundTripTest {

  // findAndAddModules() registers the two modules found on the module path (in user code:
  // .addModule(new Jdk8Module()).addModule(new JavaTimeModule())); the test module does not
  // read them, so it cannot name their classes.
  private final ObjectMapper mapper = JsonMapper.builder()
      .findAndAddModules()
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();
  private final UkrainianNetwork data = UkrainianNetwork.get();

  @Test
  void registersTheJdk8AndJavaTimeModules() {
    assertThat(mapper.getRegisteredModuleIds()).contains(
        "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
        "jackson-datatype-jsr310");
  }

  @Test
  void withoutTheJdk8ModuleJackson2CannotWriteTheModel() {
    ObjectMapper bare = JsonMapper.builder().build();
    assertThatThrownBy(() -> bare.writeValueAsString(data.network()))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("jackson-datatype-jdk8");
  }

  @Test
  void roundTripsTheBuiltInDataAndCatalogs() throws Exception {
    roundTrip(data.declaration(), Declaration.class);
    roundTrip(data.network(), Network.class);
    roundTrip(data.globalNetworkInUkraine(), Network.class);
    roundTrip(data.forum(), Event.class);
    for (Organization o : data.organizations()) {
      roundTrip(o, Organization.class);
    }
    for (City c : data.cities()) {
      roundTrip(c, City.class);
    }
    roundTrip(KeyFeaturesCatalog.builtIn(), KeyFeaturesCatalog.class);
    roundTrip(GuidelinesCatalog.builtIn(), GuidelinesCatalog.class);
    roundTrip(RegionsCatalog.builtIn(), RegionsCatalog.class);
    roundTrip(ConferencesCatalog.builtIn(), ConferencesCatalog.class);
    roundTrip(LearningCityAwardCatalog.builtIn(), LearningCityAwardCatalog.class);
  }

  private <T> void roundTrip(T value, Class<T> type) throws Exception {
    String json = mapper.writeValueAsString(value);
    assertThat(mapper.readValue(json, type)).as(type.getSimpleName()).isEqualTo(value);
    assertThat(mapper.writerFor(type).writeValueAsString(value)).as(type.getSimpleName())
        .isEqualTo(json);
  }
}
