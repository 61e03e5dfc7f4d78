package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Catalog;
import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.internal.CatalogDocument;
import io.github.learningcities.lcn.model.internal.CatalogRecord;
import io.github.learningcities.lcn.model.internal.CatalogResourceReader;
import io.github.learningcities.lcn.model.internal.CatalogSupport;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The five UNESCO regions as a versioned catalog, with the member states assigned to each.
 *
 * <p>In the built-in edition the region names are verified; the member-state lists are
 * partial (the countries named in the SDK's research) and their assignment is marked
 * unverified.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "edition", "title", "provenance", "unofficialTranslations", "regions"})
public abstract class RegionsCatalog implements Catalog {

  /** The identifier of this catalog in every edition. */
  public static final String ID = "unesco.regions";

  /** The class-path resource of the built-in edition. */
  public static final String BUILT_IN_RESOURCE =
      "/io/github/learningcities/lcn/model/unesco/regions.tsv";

  /**
   * Returns the regions, in catalog order.
   *
   * @return the regions
   */
  @JsonProperty("regions")
  public abstract List<UnescoRegion> regions();

  /**
   * Returns the region with the given code.
   *
   * @param code the region code, e.g. {@code "africa"}
   * @return the region, or empty if there is none
   */
  public Optional<UnescoRegion> region(String code) {
    return regions().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * Returns the region a country is assigned to.
   *
   * @param country the country
   * @return the region, or empty if the catalog does not assign the country
   */
  public Optional<UnescoRegion> regionOf(CountryCode country) {
    return regions().stream().filter(r -> r.contains(country)).findFirst();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the identifier or edition is blank, a region code repeats
   *     or a country is assigned to two regions
   */
  @Value.Check
  protected void check() {
    String object = "RegionsCatalog[" + id() + "@" + edition() + "]";
    CatalogSupport.requireHeader(object, id(), edition());
    Set<String> codes = new HashSet<>();
    Map<CountryCode, String> assigned = new HashMap<>();
    for (UnescoRegion r : regions()) {
      if (!codes.add(r.code())) {
        throw new InvalidModelException(object, "regions", r.code(), "unique region codes");
      }
      for (CountryCode c : r.memberStates()) {
        String other = assigned.putIfAbsent(c, r.code());
        if (other != null) {
          throw new InvalidModelException(object, "regions[" + r.code() + "].memberStates", c,
              "each country in one region only; it is already in " + other);
        }
      }
    }
  }

  /**
   * Returns the built-in edition, read once from {@value #BUILT_IN_RESOURCE}.
   *
   * @return the catalog
   */
  public static RegionsCatalog builtIn() {
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
  public static RegionsCatalog read(String resourceName, InputStream in) {
    return from(CatalogResourceReader.read(resourceName, in));
  }

  static RegionsCatalog from(CatalogDocument doc) {
    doc.requireCatalog(ID);
    doc.requireKinds("region", "member");
    Map<String, CatalogRecord> regions = CatalogSupport.unique(doc.records("region"), "code");
    CatalogSupport.requireParents(doc.records("member"), "region", regions.keySet());
    Map<String, CatalogRecord> seen = new HashMap<>();
    Map<String, List<CountryCode>> members = new HashMap<>();
    Map<String, Confidence> weakest = new HashMap<>();
    for (CatalogRecord r : doc.records("member")) {
      String country = r.required("country");
      CatalogRecord first = seen.putIfAbsent(country, r);
      if (first != null) {
        throw r.error("country \"" + country + "\" already assigned on line " + first.line()
            + "; expected each country in one region only");
      }
      CountryCode code = r.create("member " + country, () -> CountryCode.of(country));
      members.computeIfAbsent(r.required("region"), k -> new ArrayList<>()).add(code);
      Confidence c = r.confidence("confidence");
      weakest.merge(r.required("region"), c, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    ImmutableRegionsCatalog.Builder builder = builder()
        .id(ID)
        .edition(doc.requiredHeader("edition"))
        .title(doc.title())
        .provenance(doc.provenance())
        .addAllUnofficialTranslations(doc.unofficialTranslations());
    for (CatalogRecord r : regions.values()) {
      String code = r.required("code");
      UnescoRegion region = r.create("region " + code, () -> UnescoRegion.builder()
          .code(code)
          .name(CatalogSupport.text(r))
          .confidence(r.confidence("confidence"))
          .addAllMemberStates(members.getOrDefault(code, List.of()))
          .memberStatesConfidence(weakest.getOrDefault(code, r.confidence("confidence")))
          .build());
      builder.addRegions(region);
    }
    return CatalogSupport.build(doc, builder::build);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableRegionsCatalog.Builder builder() {
    return ImmutableRegionsCatalog.builder();
  }

  private static final class BuiltIn {
    static final RegionsCatalog INSTANCE =
        from(CatalogResourceReader.readResource(RegionsCatalog.class, BUILT_IN_RESOURCE));
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RegionsCatalog fromJackson(ImmutableRegionsCatalog value) {
    return value;
  }
}
