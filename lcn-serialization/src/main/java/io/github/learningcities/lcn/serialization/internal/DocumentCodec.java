package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.JacksonException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.ri.Stax2ReaderAdapter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Reads and writes enveloped documents with one configured mapper, and turns every failure
 * into a {@link DocumentReadException} that names line, column, path and rule.
 *
 * @since 0.1.0
 */
public final class DocumentCodec {
  private final ObjectMapper mapper;
  private final boolean xml;
  /**
   * Writes to the caller's stream or writer without closing it: Jackson closes the target of
   * {@code writeValue} by default ({@code AUTO_CLOSE_TARGET}), but the caller owns it and may
   * write more (the contract of {@code DocumentWriter}: flushed, not closed).
   */
  private final ObjectWriter toCallersTarget;

  /**
   * Creates the codec.
   *
   * @param mapper the configured mapper, with the LCN module registered
   * @param xml whether the mapper reads XML (paths are then XPath-like)
   */
  public DocumentCodec(ObjectMapper mapper, boolean xml) {
    this.mapper = mapper;
    this.xml = xml;
    this.toCallersTarget = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  /**
   * Reads a document.
   *
   * @param <T> the content type
   * @param type the content type
   * @param source the document's name for messages
   * @param input the document: a {@code String}, {@code byte[]}, {@code Reader} or {@code
   *     InputStream} (a stream or reader is not closed)
   * @return the content
   * @throws IOException if the underlying stream fails
   */
  public <T> T read(Class<T> type, String source, Object input) throws IOException {
    boolean rerun = type == Results.class;
    DocumentKind kind = rerun ? DocumentKind.RESULTS : kindOf(type);
    ObjectReader reader = mapper.readerFor(Envelopes.type(kind));
    JsonParser p = null;
    try {
      p = open(reader, input);
      Envelopes.Envelope env = reader.readValue(p);
      if (env == null) {
        throw new DocumentReadException(source, 1, 1, null, xml ? "/" : "", "the document is"
            + " empty; expected a " + kind.id() + " document", null);
      }
      if (p.nextToken() != null) {
        TokenStreamLocation loc = p.currentTokenLocation();
        throw new DocumentReadException(source, loc.getLineNr(), loc.getColumnNr(), null, null,
            "content follows the end of the document; expected nothing after it", null);
      }
      if (!kind.id().equals(env.lcnDocument())) {
        throw new DocumentReadException(source, 0, 0, "lcnDocument", root(kind, "lcnDocument"),
            "the document is of kind '" + env.lcnDocument() + "'; expected '" + kind.id() + "'",
            null);
      }
      if (!DocumentKind.readableFormatVersions().contains(env.formatVersion())) {
        throw new DocumentReadException(source, 0, 0, "formatVersion",
            root(kind, "formatVersion"), "format version '" + env.formatVersion()
                + "' is not supported; expected one of "
                + DocumentKind.readableFormatVersions(), null);
      }
      Object content = env.content();
      return type.cast(rerun ? ((ResultsDocument) content).toResults(Engine.standard())
          : content);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      StrictXmlReader.Refused refused = refusedIn(e);
      if (refused != null) {
        throw new DocumentReadException(source, refused.line(), refused.column(), null,
            p == null ? null : render(kind, pointerRefs(p)), refused.rule(), e);
      }
      throw translate(kind, source, e, p);
    } catch (StrictXmlReader.Refused e) {
      throw new DocumentReadException(source, e.line(), e.column(), null, null, e.rule(), e);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      throw new DocumentReadException(source, at == null ? 0 : at.getLineNumber(),
          at == null ? 0 : at.getColumnNumber(), null, null, e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      TokenStreamLocation loc = p == null ? null : p.currentLocation();
      String path = p == null ? null : render(kind, pointerRefs(p));
      throw new DocumentReadException(source, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), null, path, ruleOf(e), e);
    } catch (DocumentReadException e) {
      throw e;
    } catch (RuntimeException e) {
      // Woodstox reports some malformed text lazily, as a runtime exception around the
      // XMLStreamException that names the place.
      if (!(e.getCause() instanceof XMLStreamException x)) {
        throw e;
      }
      Location at = x.getLocation();
      throw new DocumentReadException(source, at == null ? 0 : at.getLineNumber(),
          at == null ? 0 : at.getColumnNumber(), null, null, x.getMessage(), e);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /**
   * Builds and caches the mapper's serializers for a document kind and everything it contains
   * now, so that its first write does not pay for them; what is written does not change.
   *
   * @param kind the kind
   */
  public void prepare(DocumentKind kind) {
    SerializerWarmUp.walk(toCallersTarget, Envelopes.type(kind));
  }

  /**
   * Writes a document to the caller's writer, which is flushed but not closed.
   *
   * @param value the content
   * @param out the writer
   * @throws IOException if writing fails
   */
  public void write(Object value, Writer out) throws IOException {
    Envelopes.Envelope env = envelope(value);
    writeLeavingOpen(() -> toCallersTarget.writeValue(out, env), out);
  }

  /**
   * Writes a document as UTF-8 to the caller's stream, which is flushed but not closed.
   *
   * @param value the content
   * @param out the stream
   * @throws IOException if writing fails
   */
  public void write(Object value, OutputStream out) throws IOException {
    Envelopes.Envelope env = envelope(value);
    writeLeavingOpen(() -> toCallersTarget.writeValue(out, env), out);
  }

  private static void writeLeavingOpen(Runnable write, Flushable target)
      throws IOException {
    try {
      write.run();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    target.flush();
  }

  /**
   * Writes a document to a string.
   *
   * @param value the content
   * @return the text
   */
  public String writeToString(Object value) {
    return mapper.writeValueAsString(envelope(value));
  }

  /**
   * Writes a document to UTF-8 bytes.
   *
   * @param value the content
   * @return the bytes
   */
  public byte[] writeToBytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mapper.writeValue(out, envelope(value));
    return out.toByteArray();
  }

  private static Envelopes.Envelope envelope(Object value) {
    Object content = value instanceof Results r ? ResultsDocument.of(r) : value;
    if (content == null) {
      throw new IllegalArgumentException("value is null; expected the content of a document");
    }
    return Envelopes.wrap(kindOf(content.getClass()), content);
  }

  private static DocumentKind kindOf(Class<?> type) {
    for (DocumentKind k : DocumentKind.values()) {
      if (k.contentType().isAssignableFrom(type)) {
        return k;
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not the content of an LCN "
        + "document; expected one of " + Arrays.stream(DocumentKind.values())
            .map(k -> k.contentType().getSimpleName()).toList()
        + " (or Results, read by running the pipeline again); other values are written and "
        + "read by the format's mapper()");
  }

  private DocumentReadException translate(DocumentKind kind, String source, JacksonException e,
      JsonParser p) {
    TokenStreamLocation loc = e.getLocation();
    if (loc == null && p != null) {
      loc = p.currentLocation();
    }
    List<Object> refs;
    if (!e.getPath().isEmpty()) {
      refs = e.getPath().stream().map(r -> r.getPropertyName() != null
          ? (Object) r.getPropertyName() : (Object) Integer.valueOf(r.getIndex())).toList();
    } else if (p != null) {
      refs = pointerRefs(p);
    } else {
      refs = List.of();
    }
    String field = null;
    for (Object r : refs) {
      if (r instanceof String s) {
        field = s;
      }
    }
    String rule;
    if (e instanceof UnrecognizedPropertyException u) {
      field = u.getPropertyName();
      Collection<Object> known = u.getKnownPropertyIds();
      rule = "unknown property '" + u.getPropertyName() + "'; expected one of " + known
          + " (or read with ReadOptions.withAllowUnknownProperties(true))";
    } else {
      rule = ruleOf(e);
    }
    return new DocumentReadException(source, loc == null ? 0 : loc.getLineNr(),
        loc == null ? 0 : loc.getColumnNr(), field, render(kind, refs), rule, e);
  }

  private static String ruleOf(Throwable e) {
    Throwable model = null;
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
        model = t;
      }
    }
    String message;
    if (model != null) {
      message = model.getMessage();
    } else if (e instanceof JacksonException je) {
      message = je.getOriginalMessage();
    } else {
      message = e.getMessage();
    }
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    return message.replaceAll(
        "`?io\\.github\\.learningcities\\.lcn\\.serialization\\.internal\\.\\w+\\$(\\w+?)"
            + "(Data|Envelope)?`?", "$1");
  }

  /** The parser's place: property names, and indexes (as integers) inside arrays. */
  private static List<Object> pointerRefs(JsonParser p) {
    java.util.ArrayDeque<Object> refs = new java.util.ArrayDeque<>();
    for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot();
        c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          refs.addFirst(c.getCurrentIndex());
        }
      } else if (c.currentName() != null) {
        refs.addFirst(c.currentName());
      }
    }
    return List.copyOf(refs);
  }

  private String root(DocumentKind kind, String property) {
    return xml ? "/" + kind.xmlRootElement() + "/@" + property : "/" + property;
  }

  /**
   * The place as a JSON pointer, or in XML as an XPath of the elements as written: a list item
   * is {@code /cities/city[3]} (see {@link XmlItemNames}), a map key is its element name (see
   * {@link XmlNameEscapes}).
   */
  private String render(DocumentKind kind, List<Object> refs) {
    StringBuilder sb = new StringBuilder();
    if (xml) {
      sb.append('/').append(kind.xmlRootElement());
    }
    Object previous = null;
    for (Object r : refs) {
      if (r instanceof Integer i) {
        if (!xml) {
          sb.append('/').append(i);
        } else if (previous instanceof String list) {
          sb.append('/').append(XmlItemNames.itemName(list)).append('[').append(i + 1)
              .append(']');
        } else {
          sb.append('[').append(i + 1).append(']');
        }
      } else {
        sb.append('/').append(xml ? XmlNameEscapes.encode(r.toString())
            : r.toString().replace("~", "~0").replace("/", "~1"));
      }
      previous = r;
    }
    return sb.toString();
  }

  /**
   * Opens the parser: for JSON one that refuses every null (the schemas have none, and a
   * null must not read as a default), for XML one over a {@link StrictXmlReader}.
   */
  private JsonParser open(ObjectReader reader, Object input) throws XMLStreamException {
    if (xml) {
      XmlMapper xmlMapper = (XmlMapper) mapper;
      XMLInputFactory stax = xmlMapper.tokenStreamFactory().getXMLInputFactory();
      XMLStreamReader sr;
      if (input instanceof String s) {
        sr = stax.createXMLStreamReader(new StringReader(s));
      } else if (input instanceof byte[] b) {
        sr = stax.createXMLStreamReader(new ByteArrayInputStream(b));
      } else if (input instanceof Reader r) {
        sr = stax.createXMLStreamReader(r);
      } else {
        sr = stax.createXMLStreamReader((InputStream) input);
      }
      try {
        return xmlMapper.createParser(new StrictXmlReader(
            (XMLStreamReader2) Stax2ReaderAdapter.wrapIfNecessary(sr)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    JsonParser p;
    if (input instanceof String s) {
      p = reader.createParser(s);
    } else if (input instanceof byte[] b) {
      p = reader.createParser(b);
    } else if (input instanceof Reader r) {
      p = reader.createParser(r);
    } else {
      p = reader.createParser((InputStream) input);
    }
    return new NullRefusingParser(p);
  }

  /** The refusal of a {@link StrictXmlReader} inside a Jackson exception, if any. */
  private static StrictXmlReader.Refused refusedIn(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof StrictXmlReader.Refused r) {
        return r;
      }
    }
    return null;
  }

  /** A JSON parser that refuses a {@code null} wherever it occurs. */
  private static final class NullRefusingParser extends JsonParserDelegate {
    NullRefusingParser(JsonParser p) {
      super(p);
    }

    private JsonToken checked(JsonToken t) {
      if (t == JsonToken.VALUE_NULL) {
        throw new StreamReadException(this, "null is not a value of an LCN document; "
            + "expected the property left out, or a value");
      }
      return t;
    }

    @Override
    public JsonToken nextToken() {
      return checked(super.nextToken());
    }

    @Override
    public JsonToken nextValue() {
      return checked(super.nextValue());
    }
  }
}
