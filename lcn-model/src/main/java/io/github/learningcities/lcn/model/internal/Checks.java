package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.InvalidModelException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Invariant checks shared by the value types; each throws {@link InvalidModelException} with
 * the object, the field, the offending value and what would be valid. The object's description
 * is a supplier, built only when a check fails: the checks run for every value constructed,
 * including every object of every document read, and nearly all of them pass.
 *
 * @since 0.1.0
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires a text to be non-blank.
   *
   * @param object describes the object being checked, e.g. {@code City[ua-melitopol]}
   * @param field the field
   * @param text the text
   */
  public static void nonBlank(Supplier<String> object, String field, String text) {
    if (text.isBlank()) {
      throw new InvalidModelException(object.get(), field, text, "a non-blank text");
    }
  }

  /**
   * Requires an optional text to be absent or non-blank.
   *
   * @param object describes the object being checked
   * @param field the field
   * @param text the optional text
   */
  public static void nonBlank(Supplier<String> object, String field, Optional<String> text) {
    if (text.isPresent()) {
      nonBlank(object, field, text.get());
    }
  }

  /**
   * Requires a 1-based number, such as a position in a list, to be at least 1.
   *
   * @param object describes the object being checked
   * @param field the field
   * @param value the number
   * @param what what the number is for the message, e.g. {@code "number"} or {@code "position"}
   */
  public static void atLeastOne(Supplier<String> object, String field, int value, String what) {
    if (value < 1) {
      throw new InvalidModelException(object.get(), field, value,
          "a " + what + " of at least 1");
    }
  }

  /**
   * Requires a link to be an absolute http or https URI with a host.
   *
   * @param object describes the object being checked
   * @param field the field
   * @param uri the optional link
   */
  public static void webLink(Supplier<String> object, String field, Optional<URI> uri) {
    uri.ifPresent(u -> {
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new InvalidModelException(object.get(), field, u,
            "an absolute http or https URI with a host, e.g. https://ualc.org.ua");
      }
    });
  }

  /**
   * Requires the keys of a list's elements to be unique.
   *
   * @param object describes the object being checked
   * @param field the list field
   * @param elements the elements
   * @param key what must be unique
   * @param what a description of the key for the message, e.g. {@code "city"}
   * @param <T> the element type
   * @param <K> the key type
   */
  public static <T, K> void unique(Supplier<String> object, String field, List<T> elements,
      Function<? super T, ? extends K> key, String what) {
    Set<K> seen = new HashSet<>(Math.max(16, elements.size() * 4 / 3 + 1));
    for (int i = 0; i < elements.size(); i++) {
      K k = key.apply(elements.get(i));
      if (!seen.add(k)) {
        throw new InvalidModelException(object.get(), field + "[" + i + "]", k,
            "a " + what + " that appears only once in " + field);
      }
    }
  }
}
