package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Catalog;
import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.internal.CatalogDocument;
import io.github.learningcities.lcn.model.internal.CatalogRecord;
import io.github.learningcities.lcn.model.internal.CatalogResourceReader;
import io.github.learningcities.lcn.model.internal.CatalogSupport;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The UNESCO Key Features of Learning Cities as a versioned catalog: tiers, their areas, the
 * areas' key features and the features' suggested measurements.
 *
 * <p>The built-in edition ({@link #builtIn()}) has 3 tiers, 12 areas and the 43 features of
 * the project's reconstruction. Its tier and area titles are verified; the wording, codes and
 * per-area split of the features are a reconstruction tagged
 * {@link io.github.learningcities.lcn.model.catalog.Confidence#UNVERIFIED} (the commonly cited
 * total of 42 is not verified either, and no features are merged to reach it) until the
 * official text replaces it (see {@link #provenance()}). The official catalog, or any other
 * edition in the same format, is read with {@link #read(String, InputStream)}.
 *
 * <pre>{@code
 * KeyFeaturesCatalog kflc = KeyFeaturesCatalog.builtIn();
 * KeyFeature f = kflc.feature("2.1.a").orElseThrow();
 * Area area = kflc.area(f.area()).orElseThrow();      // 2.1
 * Tier tier = kflc.tier(area.tier()).orElseThrow();   // 2, major building blocks
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "edition", "title", "provenance", "unofficialTranslations", "tiers"})
public abstract class KeyFeaturesCatalog implements Catalog {

  /** The identifier of this catalog in every edition. */
  public static final String ID = "unesco.key-features";

  /** The class-path resource of the built-in edition. */
  public static final String BUILT_IN_RESOURCE =
      "/io/github/learningcities/lcn/model/unesco/key-features.tsv";

  /**
   * Returns the tiers, in catalog order.
   *
   * @return the tiers
   */
  @JsonProperty("tiers")
  public abstract List<Tier> tiers();

  /**
   * Returns every area of every tier, in catalog order.
   *
   * @return the areas
   */
  @Value.Lazy
  public List<Area> areas() {
    return tiers().stream().flatMap(t -> t.areas().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every key feature of every area, in catalog order.
   *
   * @return the features
   */
  @Value.Lazy
  public List<KeyFeature> features() {
    return areas().stream().flatMap(a -> a.features().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns every suggested measurement of every feature, in catalog order.
   *
   * @return the measurements
   */
  @Value.Lazy
  public List<SuggestedMeasurement> measurements() {
    return features().stream().flatMap(f -> f.measurements().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Lazy
  Map<String, Tier> tiersByCode() {
    return index(tiers(), Tier::code);
  }

  @Value.Lazy
  Map<String, Area> areasByCode() {
    return index(areas(), Area::code);
  }

  @Value.Lazy
  Map<String, KeyFeature> featuresByCode() {
    return index(features(), KeyFeature::code);
  }

  @Value.Lazy
  Map<String, SuggestedMeasurement> measurementsByCode() {
    return index(measurements(), SuggestedMeasurement::code);
  }

  /**
   * Returns the tier with the given code.
   *
   * @param code the tier code, e.g. {@code "1"}
   * @return the tier, or empty if there is none
   */
  public Optional<Tier> tier(String code) {
    return Optional.ofNullable(tiersByCode().get(code));
  }

  /**
   * Returns the area with the given code.
   *
   * @param code the area code, e.g. {@code "1.1"}
   * @return the area, or empty if there is none
   */
  public Optional<Area> area(String code) {
    return Optional.ofNullable(areasByCode().get(code));
  }

  /**
   * Returns the key feature with the given code.
   *
   * @param code the feature code, e.g. {@code "1.1.a"}
   * @return the feature, or empty if there is none
   */
  public Optional<KeyFeature> feature(String code) {
    return Optional.ofNullable(featuresByCode().get(code));
  }

  /**
   * Returns the suggested measurement with the given code.
   *
   * @param code the measurement code, e.g. {@code "1.1.a.1"}
   * @return the measurement, or empty if there is none
   */
  public Optional<SuggestedMeasurement> measurement(String code) {
    return Optional.ofNullable(measurementsByCode().get(code));
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the identifier or edition is blank or a tier code repeats
   */
  @Value.Check
  protected void check() {
    String object = "KeyFeaturesCatalog[" + id() + "@" + edition() + "]";
    CatalogSupport.requireHeader(object, id(), edition());
    Set<String> seen = new HashSet<>();
    for (Tier t : tiers()) {
      if (!seen.add(t.code())) {
        throw new InvalidModelException(object, "tiers", t.code(), "unique tier codes");
      }
    }
  }

  /**
   * Returns the built-in edition, read once from {@value #BUILT_IN_RESOURCE}.
   *
   * @return the catalog
   */
  public static KeyFeaturesCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Reads an edition of the catalog from a stream in the catalog text format.
   *
   * @param resourceName the name used in error messages
   * @param in the UTF-8 text; read to its end, not closed
   * @return the catalog
   * @throws CatalogFormatException if the text breaks a rule of the format or of this catalog;
   *     the message names the resource, the line and the rule
   */
  public static KeyFeaturesCatalog read(String resourceName, InputStream in) {
    return from(CatalogResourceReader.read(resourceName, in));
  }

  static KeyFeaturesCatalog from(CatalogDocument doc) {
    doc.requireCatalog(ID);
    doc.requireKinds("tier", "area", "feature", "measurement");
    Map<String, CatalogRecord> tiers = CatalogSupport.unique(doc.records("tier"), "code");
    Map<String, CatalogRecord> areas = CatalogSupport.unique(doc.records("area"), "code");
    Map<String, CatalogRecord> features = CatalogSupport.unique(doc.records("feature"), "code");
    Map<String, CatalogRecord> measures =
        CatalogSupport.unique(doc.records("measurement"), "code");
    CatalogSupport.requireParents(areas.values(), "tier", tiers.keySet());
    CatalogSupport.requireParents(features.values(), "area", areas.keySet());
    CatalogSupport.requireParents(measures.values(), "feature", features.keySet());

    Map<String, List<SuggestedMeasurement>> byFeature = new LinkedHashMap<>();
    for (CatalogRecord r : measures.values()) {
      SuggestedMeasurement m = r.create("measurement " + r.required("code"), () ->
          SuggestedMeasurement.builder()
              .code(r.required("code"))
              .feature(r.required("feature"))
              .kind(r.enumValue("kind", MeasurementKind.class))
              .unit(r.optional("unit"))
              .direction(CatalogSupport.direction(r, "direction"))
              .title(CatalogSupport.text(r))
              .confidence(r.confidence("confidence"))
              .build());
      byFeature.computeIfAbsent(m.feature(), k -> new java.util.ArrayList<>()).add(m);
    }
    Map<String, List<KeyFeature>> byArea = new LinkedHashMap<>();
    for (CatalogRecord r : features.values()) {
      KeyFeature f = r.create("feature " + r.required("code"), () -> KeyFeature.builder()
          .code(r.required("code"))
          .area(r.required("area"))
          .title(CatalogSupport.text(r))
          .confidence(r.confidence("confidence"))
          .note(r.optional("note"))
          .addAllMeasurements(byFeature.getOrDefault(r.required("code"), List.of()))
          .build());
      byArea.computeIfAbsent(f.area(), k -> new java.util.ArrayList<>()).add(f);
    }
    Map<String, List<Area>> byTier = new LinkedHashMap<>();
    for (CatalogRecord r : areas.values()) {
      Area a = r.create("area " + r.required("code"), () -> Area.builder()
          .code(r.required("code"))
          .tier(r.required("tier"))
          .title(CatalogSupport.text(r))
          .confidence(r.confidence("confidence"))
          .addAllFeatures(byArea.getOrDefault(r.required("code"), List.of()))
          .build());
      byTier.computeIfAbsent(a.tier(), k -> new java.util.ArrayList<>()).add(a);
    }
    ImmutableKeyFeaturesCatalog.Builder builder = builder()
        .id(ID)
        .edition(doc.requiredHeader("edition"))
        .title(doc.title())
        .provenance(doc.provenance())
        .addAllUnofficialTranslations(doc.unofficialTranslations());
    for (CatalogRecord r : tiers.values()) {
      Tier tier = r.create("tier " + r.required("code"), () -> Tier.builder()
          .code(r.required("code"))
          .title(CatalogSupport.text(r))
          .confidence(r.confidence("confidence"))
          .addAllAreas(byTier.getOrDefault(r.required("code"), List.of()))
          .build());
      builder.addTiers(tier);
    }
    return CatalogSupport.build(doc, builder::build);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableKeyFeaturesCatalog.Builder builder() {
    return ImmutableKeyFeaturesCatalog.builder();
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.put(code.apply(item), item);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static final class BuiltIn {
    static final KeyFeaturesCatalog INSTANCE =
        from(CatalogResourceReader.readResource(KeyFeaturesCatalog.class, BUILT_IN_RESOURCE));
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static KeyFeaturesCatalog fromJackson(ImmutableKeyFeaturesCatalog value) {
    return value;
  }
}
