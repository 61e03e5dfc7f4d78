package io.github.learningcities.lcn.model.place;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A point on the earth in WGS84 decimal degrees.
 *
 * <p>The latitude lies in -90..90 and the longitude in -180..180; both are finite numbers.
 *
 * <pre>{@code
 * GeoPoint melitopol = GeoPoint.of(46.85, 35.37);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"latitude", "longitude"})
public abstract class GeoPoint {

  /**
   * Returns the latitude in decimal degrees, north positive.
   *
   * @return the latitude, -90..90
   */
  @Value.Parameter
  @JsonProperty("latitude")
  public abstract double latitude();

  /**
   * Returns the longitude in decimal degrees, east positive.
   *
   * @return the longitude, -180..180
   */
  @Value.Parameter
  @JsonProperty("longitude")
  public abstract double longitude();

  /**
   * Checks the ranges.
   *
   * @throws InvalidModelException if a coordinate is not finite or out of range
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "GeoPoint[" + latitude() + ", " + longitude() + "]";
    if (!Double.isFinite(latitude()) || latitude() < -90 || latitude() > 90) {
      throw new InvalidModelException(object.get(), "latitude", latitude(),
          "a finite number of degrees in -90..90");
    }
    if (!Double.isFinite(longitude()) || longitude() < -180 || longitude() > 180) {
      throw new InvalidModelException(object.get(), "longitude", longitude(),
          "a finite number of degrees in -180..180");
    }
  }

  /**
   * Returns the point at the given coordinates.
   *
   * @param latitude the latitude, -90..90
   * @param longitude the longitude, -180..180
   * @return the point
   * @throws InvalidModelException if a coordinate is out of range or not finite
   */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.of(latitude, longitude);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableGeoPoint.Builder builder() {
    return ImmutableGeoPoint.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static GeoPoint fromJackson(ImmutableGeoPoint value) {
    return value;
  }
}
