package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import static io.github.learningcities.lcn.model.application.CompletenessRules.NOT_BLANK;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import jakarta.validation.constraints.Email;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The city's contact person for the GNLC named in Part 1 of an application; in a draft any
 * field may still be missing.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"salutation", "surname", "firstName", "officialTitle", "organisation",
    "postalAddress", "postcode", "telephone", "fax", "email", "language"})
public abstract class ContactPerson {
  /** What a telephone or fax number with country code looks like: {@code +} and digits. */
  public static final String PHONE_REGEX = "\\+[0-9][0-9 ()-]{5,24}";

  /**
   * Returns the salutation.
   *
   * @return the salutation
   */
  @JsonProperty("salutation")
  public abstract Optional<Salutation> salutation();

  /**
   * Returns the surname.
   *
   * @return the surname
   */
  @JsonProperty("surname")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> surname();

  /**
   * Returns the first name.
   *
   * @return the first name
   */
  @JsonProperty("firstName")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> firstName();

  /**
   * Returns the exact official title.
   *
   * @return the title
   */
  @JsonProperty("officialTitle")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> officialTitle();

  /**
   * Returns the organisation, if the person does not work for the municipality.
   *
   * @return the organisation
   */
  @JsonProperty("organisation")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> organisation();

  /**
   * Returns the postal address.
   *
   * @return the address
   */
  @JsonProperty("postalAddress")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> postalAddress();

  /**
   * Returns the postcode.
   *
   * @return the postcode
   */
  @JsonProperty("postcode")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> postcode();

  /**
   * Returns the telephone number with country code, e.g. {@code +380 619 44 00 00}.
   *
   * @return the telephone number
   */
  @JsonProperty("telephone")
  public abstract Optional<@Pattern(regexp = PHONE_REGEX) String> telephone();

  /**
   * Returns the fax number with country code.
   *
   * @return the fax number
   */
  @JsonProperty("fax")
  public abstract Optional<@Pattern(regexp = PHONE_REGEX) String> fax();

  /**
   * Returns the e-mail address.
   *
   * @return the e-mail address
   */
  @JsonProperty("email")
  public abstract Optional<@Email String> email();

  /**
   * Returns the language of communication with the GNLC coordination team.
   *
   * @return the language
   */
  @JsonProperty("language")
  public abstract Optional<CommunicationLanguage> language();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableContactPerson.Builder builder() {
    return ImmutableContactPerson.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ContactPerson fromJackson(ImmutableContactPerson value) {
    return value;
  }
}
