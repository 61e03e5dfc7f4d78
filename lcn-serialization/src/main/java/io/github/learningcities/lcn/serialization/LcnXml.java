package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.serialization.internal.DocumentCodec;
import io.github.learningcities.lcn.serialization.internal.XmlItemNames;
import io.github.learningcities.lcn.serialization.internal.XmlNameEscapes;
import java.util.Objects;
import tools.jackson.core.StreamReadFeature;
import javax.xml.stream.XMLInputFactory;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

/**
 * The ready-made XML reader and writer of LCN documents, built once and safe to share
 * between threads. Documents carry their kind and format version; in
 * XML: a root element per kind, {@code <frameworkDocument lcnDocument="framework"
 * formatVersion="1.0">}, with meaningful element names: a list is an element named by the
 * property with one element per item named by the singular, {@code <cities><city>...</city>
 * <city>...</city></cities>}, {@code <nodes><node>}, {@code <memberships><membership>}; a map
 * is an element per entry named by the key, {@code <name><uk>...</uk><en>...</en></name>},
 * where a key that is not an XML name is escaped reversibly ({@code "GDP per capita"} as
 * {@code <GDP_x0020_per_x0020_capita>}). DTDs and external entities are never
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
public final class LcnXml extends DocumentFormat {
  private static final LcnXml STANDARD = new LcnXml(ReadOptions.defaults());

  private final XmlMapper mapper;

  private LcnXml(ReadOptions options) {
    this(options, newMapper(Objects.requireNonNull(options, "options")));
  }

  private LcnXml(ReadOptions options, XmlMapper mapper) {
    super(options, new DocumentCodec(mapper, true));
    this.mapper = mapper;
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
   * reading, stable indented output without nulls, list items named by the singular of the
   * list and map keys escaped where they are not XML names.
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
        .xmlNameProcessor(new XmlNameEscapes())
        .build();
    // The builder has added jackson-dataformat-xml's module already; the item names' modifier,
    // registered later, runs before its wrapping (see XmlItemNames).
    return configure(XmlMapper.builder(factory), options).addModule(XmlItemNames.module())
        .build();
  }

  private static void limit(XMLInputFactory stax, String property, int value) {
    if (stax.isPropertySupported(property)) {
      stax.setProperty(property, value);
    }
  }
}
