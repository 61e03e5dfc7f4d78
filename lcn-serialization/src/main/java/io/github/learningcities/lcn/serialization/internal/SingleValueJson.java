package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.event.EventId;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.PersonId;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The single-value types of lcn-model, the codes ({@link CountryCode}, {@link SubdivisionCode},
 * {@link CommitmentCode}) and the typed identifiers ({@link CityId} and the others), read from
 * their text. Their own annotations write them as a plain string ({@code "NG"} in JSON,
 * {@code <country>NG</country>} inside an XML document, {@code <CountryCode>NG</CountryCode>}
 * as the root of an XML text) and read the string back; what they cannot read is the root
 * element of an XML text, which Jackson hands over as an object. This reader takes the text in
 * both places and builds the value through the type's checked factory {@code of(String)}; a
 * value the factory refuses is reported as Jackson reports a failing creator, with the place
 * and the type's own exception as the cause.
 *
 * @since 0.1.0
 */
public final class SingleValueJson {
  private SingleValueJson() {}

  private static final Map<Class<?>, Function<String, ?>> FACTORIES = Map.of(
      CountryCode.class, CountryCode::of,
      SubdivisionCode.class, SubdivisionCode::of,
      CommitmentCode.class, CommitmentCode::of,
      CityId.class, CityId::of,
      PersonId.class, PersonId::of,
      OrganizationId.class, OrganizationId::of,
      NetworkId.class, NetworkId::of,
      DeclarationId.class, DeclarationId::of,
      EventId.class, EventId::of);

  /** The single-value type a class is or implements (its generated class), or null. */
  private static Class<?> singleValueType(Class<?> raw) {
    for (Class<?> type : FACTORIES.keySet()) {
      if (type.isAssignableFrom(raw)) {
        return type;
      }
    }
    return null;
  }

  /**
   * Finds the reader of a single-value type, also when Jackson asks for its generated
   * {@code Immutable} class (the type's {@code @JsonDeserialize(as = ...)}).
   *
   * @since 0.1.0
   */
  public static final class Finder extends Deserializers.Base {
    /** Creates the finder. */
    public Finder() {}

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return singleValueType(valueType) != null;
    }

    @Override
    public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      Class<?> singleValue = singleValueType(type.getRawClass());
      return singleValue == null ? null : new Reader(singleValue, FACTORIES.get(singleValue));
    }
  }

  /** Reads one single-value type from a string, or from the text of an XML element. */
  private static final class Reader extends StdDeserializer<Object> {
    private final Function<String, ?> factory;

    Reader(Class<?> type, Function<String, ?> factory) {
      super(type);
      this.factory = factory;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = null;
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        text = p.getString();
      } else if (p.hasToken(JsonToken.START_OBJECT)) {
        // the root element of an XML text (<CountryCode>NG</CountryCode>); null in JSON
        text = ctxt.extractScalarFromObject(p, this, handledType());
      }
      if (text == null) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      try {
        return factory.apply(text);
      } catch (IllegalArgumentException e) {
        // as Jackson reports a failing creator: with the place, the type's message as cause
        throw ValueInstantiationException.from(p, e.getMessage(),
            ctxt.constructType(handledType()), e);
      }
    }
  }
}
