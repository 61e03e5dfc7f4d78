package io.github.learningcities.lcn.serialization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.UTF8JsonGenerator;
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
 * document's own. So a value's text at a place (the chain of objects and arrays from the
 * root) is written once by a generator that the document's own context creates (same
 * factory, features, escapes and pretty printer; UTF-8 bytes for a UTF-8 generator,
 * characters for a character one) after opening those containers, and written raw there and
 * at every later equal value at that place. Until some value comes a second time, values are
 * written as ever, so a document without repeats costs one look-up per value. Equal values
 * must write equal text; a pipeline does (its maps and sets are written sorted, its numbers
 * compared by their bits). Only the JSON text generators take the shortcut: XML, token
 * buffers and delegating generators always get the serializer's own output, and so does
 * every value once the texts kept for one document reach {@link #BUDGET} characters.
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public final class RepeatedValueWriter<T> extends StdSerializer<T> {
  /**
   * Characters (bytes, for a UTF-8 generator) of text kept for one document; values after it
   * are written as ever.
   */
  static final int BUDGET = 1 << 23;

  private final ValueSerializer<Object> serializer;
  private final Function<? super T, Object[]> parts;
  private final int budget;

  /**
   * Creates the writer.
   *
   * @param type the type of the value (whose equal values write equal text)
   * @param serializer the value's own serializer
   * @param parts the parts of a value, which are equal exactly when the values are: a value's
   *     hash is made of its parts' hashes, each computed once per part instance and document
   *     (values made from the same parts, as an analysis makes its pipelines, hash their shared
   *     parts once)
   */
  public RepeatedValueWriter(Class<T> type, ValueSerializer<Object> serializer,
      Function<? super T, Object[]> parts) {
    this(type, serializer, parts, BUDGET);
  }

  /** Creates the writer with another budget of characters kept per document. */
  RepeatedValueWriter(Class<T> type, ValueSerializer<Object> serializer,
      Function<? super T, Object[]> parts, int budget) {
    super(type);
    this.serializer = serializer;
    this.parts = parts;
    this.budget = budget;
  }

  @Override
  @SuppressWarnings("unchecked")
  public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
    ValueSerializer<?> contextual = serializer.createContextual(ctxt, property);
    return contextual == serializer ? this : new RepeatedValueWriter<>((Class<T>) handledType(),
        (ValueSerializer<Object>) contextual, parts, budget);
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
    Seen seen = texts.seen(value, parts);
    texts.repeats |= seen.written;
    String place = place(at);
    SerializableString text = seen.text(place);
    if (text == null && texts.repeats && texts.budget > 0) {
      text = render(value, at, g instanceof UTF8JsonGenerator, ctxt);
      seen.keep(place, text);
      texts.budget -= text instanceof Utf8Text u ? u.utf8.length : text.charLength();
    }
    seen.written = true;
    if (text != null) {
      g.writeRawValue(text);
    } else {
      serializer.serialize(value, g, ctxt);
    }
  }

  /** The texts of this document, kept as an attribute of the document's write. */
  private Texts texts(SerializationContext ctxt) {
    Key key = new Key(handledType());
    Texts texts = (Texts) ctxt.getAttribute(key);
    if (texts == null) {
      texts = new Texts(budget);
      ctxt.setAttribute(key, texts);
    }
    return texts;
  }

  /**
   * The chain of containers from the root to the value: {@code O} an object, {@code A} an
   * array.
   */
  private static String place(TokenStreamContext at) {
    char[] chain = new char[at.getNestingDepth()];
    int i = chain.length;
    for (TokenStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
      chain[--i] = c.inArray() ? 'A' : 'O';
    }
    return new String(chain, i, chain.length - i);
  }

  /**
   * The value's text at the place: written by a generator of the document's context and of
   * the document generator's kind (UTF-8 bytes or characters) after the same containers, and
   * cut after the separator in front of it.
   */
  private SerializableString render(T value, TokenStreamContext at, boolean utf8,
      SerializationContext ctxt) {
    List<TokenStreamContext> containers = new ArrayList<>();
    for (TokenStreamContext c = at; !c.inRoot(); c = c.getParent()) {
      containers.add(0, c);
    }
    Bytes bytes = utf8 ? new Bytes() : null;
    StringWriter chars = utf8 ? null : new StringWriter(8192);
    try (JsonGenerator sub = utf8 ? ctxt.createGenerator(bytes) : ctxt.createGenerator(chars)) {
      for (int i = 0; i < containers.size(); i++) {
        if (containers.get(i).inArray()) {
          sub.writeStartArray();
        } else {
          sub.writeStartObject();
          sub.writeName(i == containers.size() - 1 ? "probe" : "container");
        }
      }
      // two probes learn how long the separator in front of a value is at this place
      boolean inObject = at.inObject();
      sub.writeNumber(0);
      if (inObject) {
        sub.writeName("probe2");
      }
      sub.flush();
      int before = length(bytes, chars);
      sub.writeNumber(0);
      sub.flush();
      int separator = length(bytes, chars) - before - 1;
      if (inObject) {
        sub.writeName("value");
        sub.flush();
      }
      int start = length(bytes, chars) + separator;
      serializer.serialize(value, sub, ctxt);
      sub.flush();
      if (utf8) {
        return new Utf8Text(bytes.from(start));
      }
      return new SerializedString(chars.getBuffer().substring(start));
    }
  }

  /**
   * The attribute of a write that holds the texts of one type's values (a class with its own
   * equality: a record's generated one spins classes at run time, which no archive holds).
   */
  private static final class Key {
    private final Class<?> type;

    Key(Class<?> type) {
      this.type = type;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.type == type;
    }

    @Override
    public int hashCode() {
      return type.hashCode();
    }
  }

  /** A value with its hash, made of its parts' hashes. */
  private record Equal(Object value, int hash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Equal e && e.hash == hash && e.value.equals(value);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** What one document has met: each value, by identity and by equality. */
  private static final class Texts {
    private final Map<Object, Seen> byIdentity = new IdentityHashMap<>();
    private final Map<Equal, Seen> byValue = new HashMap<>();
    private final Map<Object, Integer> partHashes = new IdentityHashMap<>();
    private int budget;
    /** Whether a value came twice: from then on each value's first text is kept too. */
    private boolean repeats;

    Texts(int budget) {
      this.budget = budget;
    }

    <T> Seen seen(T value, Function<? super T, Object[]> parts) {
      Seen seen = byIdentity.get(value);
      if (seen == null) {
        int hash = 1;
        for (Object part : parts.apply(value)) {
          hash = 31 * hash + partHash(part);
        }
        Equal key = new Equal(value, hash);
        seen = byValue.get(key);
        if (seen == null) {
          seen = new Seen();
          byValue.put(key, seen);
        }
        byIdentity.put(value, seen);
      }
      return seen;
    }

    private int partHash(Object part) {
      if (part == null) {
        return 0;
      }
      Integer hash = partHashes.get(part);
      if (hash == null) {
        hash = part.hashCode();
        partHashes.put(part, hash);
      }
      return hash;
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

  /** How much the generator wrote into the one of the two that it writes into. */
  private static int length(Bytes bytes, StringWriter chars) {
    return bytes != null ? bytes.size() : chars.getBuffer().length();
  }

  /** A generator's output in memory. */
  private static final class Bytes extends ByteArrayOutputStream {
    Bytes() {
      super(8192);
    }

    /** The bytes from an offset to the end. */
    byte[] from(int start) {
      return Arrays.copyOfRange(buf, start, count);
    }
  }

  /**
   * Text as the UTF-8 bytes a UTF-8 generator wrote, written raw by copying them; its other
   * forms (never asked for of a raw value) are those of its characters, decoded when asked.
   */
  static final class Utf8Text implements SerializableString {
    private final byte[] utf8;
    private SerializedString text;

    Utf8Text(byte[] utf8) {
      this.utf8 = utf8;
    }

    private SerializedString text() {
      if (text == null) {
        text = new SerializedString(new String(utf8, StandardCharsets.UTF_8));
      }
      return text;
    }

    @Override
    public String getValue() {
      return text().getValue();
    }

    @Override
    public int charLength() {
      return text().charLength();
    }

    @Override
    public char[] asQuotedChars() {
      return text().asQuotedChars();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      // as SerializedString does: the generator copies it (a clone per repeat cost a copy of
      // the text each time it does not fit the generator's buffer)
      return utf8;
    }

    @Override
    public byte[] asQuotedUTF8() {
      return text().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return text().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      return text().appendQuoted(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (offset + utf8.length > buffer.length) {
        return -1;
      }
      System.arraycopy(utf8, 0, buffer, offset, utf8.length);
      return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      return text().appendUnquoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      return text().writeQuotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(utf8);
      return utf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
      return text().putQuotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
      if (utf8.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(utf8);
      return utf8.length;
    }
  }
}
