package io.github.learningcities.lcn.model.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.event.Event;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.people.Organization;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The whole built-in object graph binds with Jackson 3 through the model's own annotations. */
class BuiltInDataJsonRoundTripTest {

  private final JsonMapper mapper = JsonMapper.builder().build();
  private final UkrainianNetwork data = UkrainianNetwork.get();

  @Test
  void roundTripsTheDeclarationTheNetworksTheForumAndTheOrganizations() {
    assertThat(mapper.readValue(mapper.writeValueAsString(data.declaration()),
        Declaration.class)).isEqualTo(data.declaration());
    assertThat(mapper.readValue(mapper.writeValueAsString(data.network()), Network.class))
        .isEqualTo(data.network());
    assertThat(mapper.readValue(mapper.writeValueAsString(data.globalNetworkInUkraine()),
        Network.class)).isEqualTo(data.globalNetworkInUkraine());
    assertThat(mapper.readValue(mapper.writeValueAsString(data.forum()), Event.class))
        .isEqualTo(data.forum());
    for (Organization o : data.organizations()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(o), Organization.class)).isEqualTo(o);
    }
  }

  @Test
  void aWriterForTheAbstractTypeWritesTheSameDocument() {
    assertThat(mapper.writerFor(Network.class).writeValueAsString(data.network()))
        .isEqualTo(mapper.writeValueAsString(data.network()));
    assertThat(mapper.writerFor(Declaration.class).writeValueAsString(data.declaration()))
        .isEqualTo(mapper.writeValueAsString(data.declaration()));
  }
}
