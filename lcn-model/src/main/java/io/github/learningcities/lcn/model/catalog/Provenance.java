package io.github.learningcities.lcn.model.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * Where a piece of reference data comes from and how sure the SDK is of it.
 *
 * <p>A provenance names the source (a document, a web page, a research note), optionally its
 * edition, its publication date or only its year, the {@link Confidence} of the data taken from
 * it, links to where it can be read, and a free note, for example that a wording is a
 * paraphrase awaiting the official text. If both a date and a year are given they must agree.
 *
 * <pre>{@code
 * Provenance p = Provenance.builder()
 *     .source("UIL (2015) UNESCO Global Network of Learning Cities - Guiding Documents")
 *     .edition("2015")
 *     .year(Year.of(2015))
 *     .confidence(Confidence.VERIFIED)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"source", "edition", "date", "year", "confidence", "links", "note"})
public abstract class Provenance {

  /**
   * Returns the source: a citation of the document or page the data comes from.
   *
   * @return the source, never blank
   */
  @JsonProperty("source")
  public abstract String source();

  /**
   * Returns the edition of the source, if it has one (for example {@code "2015"} or
   * {@code "2nd edition"}).
   *
   * @return the edition
   */
  @JsonProperty("edition")
  public abstract Optional<String> edition();

  /**
   * Returns the publication (or adoption) date of the source when the exact day is known.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract Optional<LocalDate> date();

  /**
   * Returns the publication year of the source when only the year is known (or to state it
   * along with a date).
   *
   * @return the year
   */
  @JsonProperty("year")
  public abstract Optional<Year> year();

  /**
   * Returns how sure the SDK is of the data taken from this source.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Returns links to where the source can be read.
   *
   * @return the links, possibly empty
   */
  @JsonProperty("links")
  public abstract List<URI> links();

  /**
   * Returns a free note about the data, for example that a wording is a reconstruction.
   *
   * @return the note
   */
  @JsonProperty("note")
  public abstract Optional<String> note();

  /**
   * Returns the year of the source: the explicit year, else the year of the date.
   *
   * @return the year, or empty if neither a date nor a year is known
   */
  public Optional<Year> effectiveYear() {
    if (year().isPresent()) {
      return year();
    }
    return date().map(d -> Year.of(d.getYear()));
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the source is blank, an optional text is blank, or the
   *     date and the year disagree
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "Provenance[" + source() + "]";
    if (source().isBlank()) {
      throw new InvalidModelException(object.get(), "source", source(), "a non-blank citation");
    }
    if (edition().isPresent() && edition().get().isBlank()) {
      throw new InvalidModelException(object.get(), "edition", edition().get(),
          "a non-blank edition or none");
    }
    if (note().isPresent() && note().get().isBlank()) {
      throw new InvalidModelException(object.get(), "note", note().get(),
          "a non-blank note or none");
    }
    if (date().isPresent() && year().isPresent()
        && date().get().getYear() != year().get().getValue()) {
      throw new InvalidModelException(object.get(), "year", year().get(),
          "the year of the date " + date().get());
    }
  }

  /**
   * Returns a provenance with only a source and a confidence.
   *
   * @param source the citation of the source
   * @param confidence how sure the SDK is of the data
   * @return the provenance
   * @throws InvalidModelException if the source is blank
   */
  public static Provenance of(String source, Confidence confidence) {
    return builder().source(source).confidence(confidence).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableProvenance.Builder builder() {
    return ImmutableProvenance.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Provenance fromJackson(ImmutableProvenance value) {
    return value;
  }
}
