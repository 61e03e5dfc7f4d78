package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import io.github.learningcities.lcn.indicators.method.ParameterType;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.dataformat.xml.deser.FromXmlParser;

/**
 * Method parameters as an object from name to a number, a text or a boolean. XML carries no
 * value types, so there a text that reads as a finite number becomes a number and
 * {@code true}/{@code false} become booleans, except for the names the built-in methods
 * declare as texts (such as {@code group}), which stay texts.
 *
 * @since 0.1.0
 */
public final class ParametersJson {
  private ParametersJson() {}

  /**
   * Writes parameters.
   *
   * @since 0.1.0
   */
  public static final class Writer extends StdSerializer<Parameters> {
    /** Creates the serializer. */
    public Writer() {
      super(Parameters.class);
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, Parameters value) {
      return value.asMap().isEmpty();
    }

    @Override
    public void serialize(Parameters value, JsonGenerator g, SerializationContext ctxt)
        throws JacksonException {
      AuditDocumentWriter.Wire.parameters(g, value);
    }
  }

  /**
   * The names that every built-in method declaring them declares as texts: in XML their value
   * stays the text written, even one that looks like a number (a group variable "2019").
   */
  static final Set<String> TEXTS = textNames();

  private static Set<String> textNames() {
    Set<String> texts = new HashSet<>();
    Set<String> others = new HashSet<>();
    MethodRegistry builtIns = MethodRegistry.standard();
    for (MethodKind kind : MethodKind.values()) {
      for (String method : builtIns.names(kind)) {
        for (ParameterSpec spec : builtIns.signature(kind, method).orElseThrow().parameters()) {
          (spec.type() == ParameterType.TEXT ? texts : others).add(spec.name());
        }
      }
    }
    texts.removeAll(others);
    return Set.copyOf(texts);
  }

  /**
   * Reads parameters.
   *
   * @since 0.1.0
   */
  public static final class Reader extends StdDeserializer<Parameters> {
    /** Creates the deserializer. */
    public Reader() {
      super(Parameters.class);
    }

    @Override
    public Parameters getNullValue(DeserializationContext ctxt) {
      return Parameters.none();
    }

    @Override
    public Parameters deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      boolean xml = p instanceof FromXmlParser;
      if (xml && p.currentToken() == JsonToken.VALUE_STRING && p.getString().isBlank()) {
        return Parameters.none();
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Parameters) ctxt.handleUnexpectedToken(Parameters.class, p);
      }
      // the parameters of a method step (not a Parameters value read on its own)
      boolean inStep = "parameters".equals(propertyName(p));
      Map<String, Object> values = new LinkedHashMap<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        Object v;
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          v = p.getDoubleValue();
        } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
          v = t == JsonToken.VALUE_TRUE;
        } else if (t == JsonToken.VALUE_STRING) {
          v = xml && !(inStep && TEXTS.contains(name)) ? fromXmlText(p.getString())
              : p.getString();
        } else {
          throw DatabindException.from(p, "parameter '" + name + "' is " + t
              + "; expected a number, a text or a boolean");
        }
        if (values.put(name, v) != null) {
          throw DatabindException.from(p, "parameter '" + name
              + "' is given twice; expected each name once");
        }
      }
      try {
        return Parameters.of(values);
      } catch (IllegalArgumentException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      }
    }

    /** The name of the property being read, or null for a value read on its own. */
    private static String propertyName(JsonParser p) {
      try {
        return p.currentName();
      } catch (IllegalStateException e) {
        return null;
      }
    }

    private static Object fromXmlText(String text) {
      String t = text.trim();
      if (t.equals("true") || t.equals("false")) {
        return Boolean.valueOf(t);
      }
      if (t.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
          && t.length() <= 40) {
        return Double.valueOf(t);
      }
      if (t.toLowerCase(Locale.ROOT).matches("[+-]?(nan|inf|infinity)")) {
        return Double.NaN;
      }
      return text;
    }
  }
}
