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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The six areas of action of the UNESCO Guidelines for Building Learning Cities (2015) as a
 * versioned catalog: plan, coordinated structure, celebratory events, accessibility, monitoring
 * and evaluation, sustainable funding, each with its sub-points.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "edition", "title", "provenance", "unofficialTranslations", "areas"})
public abstract class GuidelinesCatalog implements Catalog {

  /** The identifier of this catalog in every edition. */
  public static final String ID = "unesco.guidelines";

  /** The class-path resource of the built-in edition. */
  public static final String BUILT_IN_RESOURCE =
      "/io/github/learningcities/lcn/model/unesco/guidelines.tsv";

  /**
   * Returns the areas of action, in order of their numbers.
   *
   * @return the areas
   */
  @JsonProperty("areas")
  public abstract List<ActionArea> areas();

  /**
   * Returns the area with the given number.
   *
   * @param number the 1-based number
   * @return the area, or empty if there is none
   */
  public Optional<ActionArea> area(int number) {
    return areas().stream().filter(a -> a.number() == number).findFirst();
  }

  /**
   * Returns the area with the given key.
   *
   * @param key the key, e.g. {@code "funding"}
   * @return the area, or empty if there is none
   */
  public Optional<ActionArea> area(String key) {
    return areas().stream().filter(a -> a.key().equals(key)).findFirst();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the identifier or edition is blank, or the areas repeat a
   *     number or a key
   */
  @Value.Check
  protected void check() {
    String object = "GuidelinesCatalog[" + id() + "@" + edition() + "]";
    CatalogSupport.requireHeader(object, id(), edition());
    Set<Integer> numbers = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (ActionArea a : areas()) {
      if (!numbers.add(a.number())) {
        throw new InvalidModelException(object, "areas", a.number(), "unique area numbers");
      }
      if (!keys.add(a.key())) {
        throw new InvalidModelException(object, "areas", a.key(), "unique area keys");
      }
    }
  }

  /**
   * Returns the built-in edition, read once from {@value #BUILT_IN_RESOURCE}.
   *
   * @return the catalog
   */
  public static GuidelinesCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Reads an edition of the catalog from a stream in the catalog text format.
   *
   * @param resourceName the name used in error messages
   * @param in the UTF-8 text; read to its end, not closed
   * @return the catalog
   * @throws CatalogFormatException if the text breaks a rule of the format or of this catalog
   */
  public static GuidelinesCatalog read(String resourceName, InputStream in) {
    return from(CatalogResourceReader.read(resourceName, in));
  }

  static GuidelinesCatalog from(CatalogDocument doc) {
    doc.requireCatalog(ID);
    doc.requireKinds("area", "point");
    Map<String, CatalogRecord> areas = CatalogSupport.unique(doc.records("area"), "number");
    CatalogSupport.requireParents(doc.records("point"), "area", areas.keySet());
    Map<String, List<ActionPoint>> points = new LinkedHashMap<>();
    for (CatalogRecord r : doc.records("point")) {
      ActionPoint p = r.create("point " + r.required("area") + "." + r.required("number"),
          () -> ActionPoint.builder()
              .number(r.integer("number"))
              .text(CatalogSupport.text(r))
              .confidence(r.confidence("confidence"))
              .build());
      points.computeIfAbsent(r.required("area"), k -> new ArrayList<>()).add(p);
    }
    ImmutableGuidelinesCatalog.Builder builder = builder()
        .id(ID)
        .edition(doc.requiredHeader("edition"))
        .title(doc.title())
        .provenance(doc.provenance())
        .addAllUnofficialTranslations(doc.unofficialTranslations());
    for (CatalogRecord r : areas.values()) {
      ActionArea area = r.create("area " + r.required("number"), () -> ActionArea.builder()
          .number(r.integer("number"))
          .key(r.required("key"))
          .title(CatalogSupport.text(r))
          .confidence(r.confidence("confidence"))
          .addAllPoints(points.getOrDefault(r.required("number"), List.of()))
          .build());
      builder.addAreas(area);
    }
    return CatalogSupport.build(doc, builder::build);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableGuidelinesCatalog.Builder builder() {
    return ImmutableGuidelinesCatalog.builder();
  }

  private static final class BuiltIn {
    static final GuidelinesCatalog INSTANCE =
        from(CatalogResourceReader.readResource(GuidelinesCatalog.class, BUILT_IN_RESOURCE));
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static GuidelinesCatalog fromJackson(ImmutableGuidelinesCatalog value) {
    return value;
  }
}
