package io.github.learningcities.lcn.serialization.internal;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsonFormatVisitors.JsonArrayFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatTypes;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitable;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonMapFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * Builds a mapper's serializers for a type and every type reachable from it, without a value:
 * Jackson's format visitor walks the serializer graph (the one schema generators use), asking
 * the mapper for each property's, element's and map value's serializer, exactly as a first
 * write would, and those serializers stay in the mapper's cache. Each type is visited once, so
 * a recursive graph ends. Only serializer construction is done ahead; what is written later is
 * unchanged.
 *
 * @since 0.1.0
 */
final class SerializerWarmUp extends JsonFormatVisitorWrapper.Base {
  private final Set<JavaType> visited;

  private SerializerWarmUp(Set<JavaType> visited) {
    this.visited = visited;
  }

  /**
   * Builds the serializers that writing a value of the type needs.
   *
   * @param writer the writer whose mapper's cache is filled
   * @param root the type to be written
   */
  static void walk(ObjectWriter writer, Class<?> root) {
    writer.acceptJsonFormatVisitor(root, new SerializerWarmUp(new HashSet<>()));
  }

  /** Visits a type's serializer, once per type. */
  private void visit(JsonFormatVisitable serializer, JavaType type) {
    if (serializer == null || type == null || !visited.add(type)) {
      return;
    }
    SerializerWarmUp next = new SerializerWarmUp(visited);
    next.setContext(getContext());
    serializer.acceptJsonFormatVisitor(next, type);
  }

  /** Finds (so builds and caches) a property's serializer and visits it. */
  private void visit(BeanProperty property) {
    JavaType type = property.getType();
    if (type == null || visited.contains(type)) {
      return;
    }
    ValueSerializer<Object> serializer =
        getContext().findPrimaryPropertySerializer(type, property);
    visit(serializer, type);
  }

  @Override
  public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
    return new Properties(getContext());
  }

  @Override
  public JsonArrayFormatVisitor expectArrayFormat(JavaType type) {
    return new Contents(getContext());
  }

  @Override
  public JsonMapFormatVisitor expectMapFormat(JavaType type) {
    return new Contents(getContext());
  }

  /** The properties of a bean. */
  private final class Properties extends JsonObjectFormatVisitor.Base {
    Properties(SerializationContext context) {
      super(context);
    }

    @Override
    public void property(BeanProperty property) {
      visit(property);
    }

    @Override
    public void optionalProperty(BeanProperty property) {
      visit(property);
    }

    @Override
    public void property(String name, JsonFormatVisitable handler, JavaType type) {
      visit(handler, type);
    }

    @Override
    public void optionalProperty(String name, JsonFormatVisitable handler, JavaType type) {
      visit(handler, type);
    }
  }

  /** The elements of a list or array, or the values of a map. */
  private final class Contents implements JsonArrayFormatVisitor, JsonMapFormatVisitor {
    private final SerializationContext context;

    Contents(SerializationContext context) {
      this.context = context;
    }

    @Override
    public SerializationContext getContext() {
      return context;
    }

    @Override
    public void itemsFormat(JsonFormatVisitable handler, JavaType elementType) {
      visit(handler, elementType);
    }

    @Override
    public void itemsFormat(JsonFormatTypes format) {
      // a scalar element type has no serializers of its own to build
    }

    @Override
    public void keyFormat(JsonFormatVisitable handler, JavaType keyType) {
      // keys are written by key serializers, found when a map is written
    }

    @Override
    public void valueFormat(JsonFormatVisitable handler, JavaType valueType) {
      visit(handler, valueType);
    }
  }
}
