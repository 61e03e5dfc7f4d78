package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.serialization.internal.DocumentCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import javax.xml.stream.XMLInputFactory;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

/**
 * The ready-made XML reader and writer of LCN documents, built once and safe to share
 * between threads. Documents carry their kind and format version; in
 * XML: a root element per kind, {@code <frameworkDocument lcnDocument="framework"
 * formatVersion="1.0">}, with meaningful element names. DTDs and external entities are never
 * processed (the StAX factory has {@code SUPPORT_DTD} and
 * {@code IS_SUPPORTING_EXTERNAL_ENTITIES} off, so an entity reference is an error), element
 * depth and text length are bounded; unknown properties are refused by default (see {@link ReadOptions}).
 *
 * <pre>{@code
 * LcnXml lcn = LcnXml.standard();
 * String text = lcn.writeToString(framework);
 * Framework back = lcn.read(text, Framework.class);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LcnXml implements DocumentReader, DocumentWriter {
  private static final LcnXml STANDARD = new LcnXml(ReadOptions.defaults());

  private final ReadOptions options;
  private final XmlMapper mapper;
  private final DocumentCodec codec;

  private LcnXml(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.mapper = newMapper(options);
    this.codec = new DocumentCodec(mapper, true);
  }

  /**
   * Returns the shared instance with the default options.
   *
   * @return the instance
   */
  public static LcnXml standard() {
    return STANDARD;
  }

  /**
   * Returns an instance with other options; build it once and share it.
   *
   * @param options the options
   * @return the instance
   */
  public static LcnXml with(ReadOptions options) {
    return options.equals(ReadOptions.defaults()) ? STANDARD : new LcnXml(options);
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Returns the configured mapper (immutable; the {@link LcnModule} is registered) for
   * binding values outside the document envelopes.
   *
   * @return the mapper
   */
  public XmlMapper mapper() {
    return mapper;
  }

  /**
   * Creates a mapper configured as this class configures its own: LCN module, limits, strict
   * reading, stable indented output without nulls.
   *
   * @param options the options
   * @return a new mapper
   */
  public static XmlMapper newMapper(ReadOptions options) {
    XMLInputFactory stax = XMLInputFactory.newFactory();
    stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    limit(stax, "com.ctc.wstx.maxElementDepth", options.maxNestingDepth());
    limit(stax, "com.ctc.wstx.maxTextLength", options.maxStringLength());
    limit(stax, "com.ctc.wstx.maxAttributeSize", options.maxStringLength());
    XmlFactory factory = XmlFactory.builder()
        .xmlInputFactory(stax)
        .streamReadConstraints(constraints(options))
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(XmlWriteFeature.WRITE_XML_DECLARATION)
        .build();
    return configure(XmlMapper.builder(factory), options).build();
  }

  private static <M extends tools.jackson.databind.ObjectMapper, B extends MapperBuilder<M, B>>
      B configure(B builder, ReadOptions options) {
    return builder.addModule(new LcnModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            !options.allowUnknownProperties())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT));
  }

  private static void limit(XMLInputFactory stax, String property, int value) {
    if (stax.isPropertySupported(property)) {
      stax.setProperty(property, value);
    }
  }

  static StreamReadConstraints constraints(ReadOptions options) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(options.maxNestingDepth())
        .maxNumberLength(options.maxNumberLength())
        .maxStringLength(options.maxStringLength())
        .maxDocumentLength(options.maxDocumentLength())
        .build();
  }

  @Override
  public <T> T read(String document, Class<T> type) {
    try {
      return codec.read(type, "(string)", r -> r.createParser(document));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(byte[] document, Class<T> type) {
    try {
      return codec.read(type, "(bytes)", r -> r.createParser(document));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(Reader document, Class<T> type) throws IOException {
    return codec.read(type, "(reader)", DocumentCodec.from(document));
  }

  @Override
  public <T> T read(InputStream document, Class<T> type) throws IOException {
    return codec.read(type, "(stream)", DocumentCodec.from(document));
  }

  @Override
  public <T> T read(Path document, Class<T> type) throws IOException {
    try (InputStream in = Files.newInputStream(document)) {
      return codec.read(type, document.toString(), DocumentCodec.from(in));
    }
  }

  @Override
  public String writeToString(Object value) {
    return codec.writeToString(value);
  }

  @Override
  public byte[] writeToBytes(Object value) {
    return codec.writeToBytes(value);
  }

  @Override
  public void write(Object value, Writer out) throws IOException {
    codec.write(value, out);
  }

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    codec.write(value, out);
  }

  @Override
  public void write(Object value, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      codec.write(value, out);
    }
  }
}
