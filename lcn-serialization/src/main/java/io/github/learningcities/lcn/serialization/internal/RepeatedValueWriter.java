package io.github.learningcities.lcn.serialization.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value that a JSON document repeats (the pipeline of every replication of an
 * uncertainty analysis: 900 replications, 100 distinct pipelines in the demo's audit) through
 * its own serializer once, and its text again for each repeat.
 *
 * <p>The text is the one the serializer writes, byte for byte. A value's JSON text depends
 * only on the value and on where it sits: the pretty printer indents by the containers open
 * around it (the same containers give the same indentation), and every other setting is the
 * document's own. So the second time an equal value comes at the same place (the same chain
 * of objects and arrays from the root), it is written once into a string by a generator that
 * the document's own context creates (same factory, features, escapes and pretty printer)
 * after opening those containers, and that string is written raw there and at every later
 * repeat. The first time a value comes it is written as ever, so a document without repeats
 * costs one look-up per value. Equal values must write equal text; a pipeline does (its maps
 * and sets are written sorted, its numbers compared by their bits). Only the JSON text
 * generators take the shortcut: XML, token buffers and delegating generators always get the
 * serializer's own output; so does a text with surrogate characters (left to the generator's
 * own UTF-8 encoding) and every value once the texts kept for one document reach {@link
 * #BUDGET} characters (the document's first 8 M characters of repeated text).
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public final class RepeatedValueWriter<T> extends StdSerializer<T> {
  /** Characters of text kept for one document; values after it are written as ever. */
  static final int BUDGET = 1 << 23;

  private final ValueSerializer<Object> serializer;
  private final int budget;

  /**
   * Creates the writer.
   *
   * @param type the type of the value (whose equal values write equal text)
   * @param serializer the value's own serializer
   */
  public RepeatedValueWriter(Class<T> type, ValueSerializer<Object> serializer) {
    this(type, serializer, BUDGET);
  }

  /** Creates the writer with another budget of characters kept per document. */
  RepeatedValueWriter(Class<T> type, ValueSerializer<Object> serializer, int budget) {
    super(type);
    this.serializer = serializer;
    this.budget = budget;
  }

  @Override
  @SuppressWarnings("unchecked")
  public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
    ValueSerializer<?> contextual = serializer.createContextual(ctxt, property);
    return contextual == serializer ? this : new RepeatedValueWriter<>((Class<T>) handledType(),
        (ValueSerializer<Object>) contextual, budget);
  }

  @Override
  public void resolve(SerializationContext ctxt) {
    serializer.resolve(ctxt);
  }

  @Override
  public boolean isEmpty(SerializationContext ctxt, T value) {
    return serializer.isEmpty(ctxt, value);
  }

  @Override
  public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType type) {
    serializer.acceptJsonFormatVisitor(visitor, type);
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt)
      throws JacksonException {
    TokenStreamContext at = g.streamWriteContext();
    if (!(g instanceof JsonGeneratorBase) || at.inRoot()) {
      serializer.serialize(value, g, ctxt);
      return;
    }
    Texts texts = texts(ctxt);
    Seen seen = texts.seen(value);
    String place = place(at);
    SerializableString text = seen.text(place);
    if (text == null && seen.written && texts.budget > 0) {
      String rendered = render(value, at, ctxt);
      if (rendered != null) {
        text = new SerializedString(rendered);
        seen.keep(place, text);
        texts.budget -= rendered.length();
      }
    }
    if (text != null) {
      g.writeRawValue(text);
    } else {
      seen.written = true;
      serializer.serialize(value, g, ctxt);
    }
  }

  /** The texts of this document, kept as an attribute of the document's write. */
  private Texts texts(SerializationContext ctxt) {
    Object key = handledType();
    Texts texts = (Texts) ctxt.getAttribute(key);
    if (texts == null) {
      texts = new Texts(budget);
      ctxt.setAttribute(key, texts);
    }
    return texts;
  }

  /** The chain of containers from the root to the value: {@code O} an object, {@code A} an
   * array. */
  private static String place(TokenStreamContext at) {
    char[] chain = new char[at.getNestingDepth()];
    int i = chain.length;
    for (TokenStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
      chain[--i] = c.inArray() ? 'A' : 'O';
    }
    return new String(chain, i, chain.length - i);
  }

  /**
   * The value's text at the place: written by a generator of the document's context after
   * the same containers, cut after the separator in front of it; {@code null} if it holds
   * surrogate characters.
   */
  private String render(T value, TokenStreamContext at, SerializationContext ctxt) {
    List<TokenStreamContext> containers = new ArrayList<>();
    for (TokenStreamContext c = at; !c.inRoot(); c = c.getParent()) {
      containers.add(0, c);
    }
    StringWriter out = new StringWriter(4096);
    String text;
    try (JsonGenerator sub = ctxt.createGenerator(out)) {
      for (int i = 0; i < containers.size(); i++) {
        boolean innermost = i == containers.size() - 1;
        if (containers.get(i).inArray()) {
          sub.writeStartArray();
        } else {
          sub.writeStartObject();
          sub.writeName(innermost ? "probe" : "container");
        }
      }
      // two probes learn how long the separator in front of a value is at this place
      boolean inObject = at.inObject();
      sub.writeNumber(0);
      if (inObject) {
        sub.writeName("probe2");
      }
      sub.flush();
      int before = out.getBuffer().length();
      sub.writeNumber(0);
      sub.flush();
      int separator = out.getBuffer().length() - before - 1;
      if (inObject) {
        sub.writeName("value");
        sub.flush();
      }
      int start = out.getBuffer().length() + separator;
      serializer.serialize(value, sub, ctxt);
      sub.flush();
      text = out.getBuffer().substring(start);
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return null;
      }
    }
    return text;
  }

  /** What one document has met: each value, by identity and by equality. */
  private static final class Texts {
    private final Map<Object, Seen> byIdentity = new IdentityHashMap<>();
    private final Map<Object, Seen> byValue = new HashMap<>();
    private int budget;

    Texts(int budget) {
      this.budget = budget;
    }

    Seen seen(Object value) {
      Seen seen = byIdentity.get(value);
      if (seen == null) {
        seen = byValue.computeIfAbsent(value, v -> new Seen());
        byIdentity.put(value, seen);
      }
      return seen;
    }
  }

  /** One distinct value: whether it was written, and its text at each place it was kept. */
  private static final class Seen {
    private boolean written;
    private Map<String, SerializableString> texts;

    SerializableString text(String place) {
      return texts == null ? null : texts.get(place);
    }

    void keep(String place, SerializableString text) {
      if (texts == null) {
        texts = new HashMap<>(2);
      }
      texts.put(place, text);
    }
  }
}
