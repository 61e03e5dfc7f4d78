package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.serialization.internal.DocumentCodec;
import java.util.Objects;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The ready-made JSON reader and writer of LCN documents, built once and safe to share
 * between threads. Documents carry their kind and format version; in
 * JSON: {@code {"lcnDocument": "framework", "formatVersion": "1.0", "framework": {...}}}.
 * Duplicate keys, {@code NaN}/{@code Infinity}, invalid UTF-8, trailing content and unknown
 * properties are refused by default (see {@link ReadOptions}).
 *
 * <pre>{@code
 * LcnJson lcn = LcnJson.standard();
 * String text = lcn.writeToString(framework);
 * Framework back = lcn.read(text, Framework.class);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LcnJson extends DocumentFormat {
  private static final LcnJson STANDARD = new LcnJson(ReadOptions.defaults());

  private final JsonMapper mapper;

  private LcnJson(ReadOptions options) {
    this(options, newMapper(Objects.requireNonNull(options, "options")));
  }

  private LcnJson(ReadOptions options, JsonMapper mapper) {
    super(options, new DocumentCodec(mapper, false));
    this.mapper = mapper;
  }

  /**
   * Returns the shared instance with the default options.
   *
   * @return the instance
   */
  public static LcnJson standard() {
    return STANDARD;
  }

  /**
   * Returns an instance with other options; build it once and share it.
   *
   * @param options the options
   * @return the instance
   */
  public static LcnJson with(ReadOptions options) {
    return options.equals(ReadOptions.defaults()) ? STANDARD : new LcnJson(options);
  }

  /**
   * Returns the configured mapper (immutable; the {@link LcnModule} is registered) for
   * binding values outside the document envelopes.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Creates a mapper configured as this class configures its own: LCN module, limits, strict
   * reading, stable indented output without nulls.
   *
   * @param options the options
   * @return a new mapper
   */
  public static JsonMapper newMapper(ReadOptions options) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints(options))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    // JSON has typed scalars: a number or a boolean written as a text is refused, as the
    // schemas refuse it (XML keeps its texts, whose types the XSDs check).
    JsonMapper.Builder builder = JsonMapper.builder(factory)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean}) {
      builder.withCoercionConfig(t, c -> c.setCoercion(CoercionInputShape.String,
          CoercionAction.Fail));
    }
    return configure(builder, options).build();
  }
}
