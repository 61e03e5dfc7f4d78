package io.github.learningcities.lcn.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the SDK.
 *
 * <p>Abstract value types are named after the domain concept ({@code City}); the generated
 * immutable implementation is {@code ImmutableCity}, reached through the static
 * {@code builder()} and {@code of(...)} factories that each type declares. Builders are strict
 * (a property set twice is an error), collections are never null, and nothing partially built
 * escapes: a builder either returns a valid instance or throws.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    strictBuilder = true,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    optionalAcceptNullable = false,
    forceJacksonPropertyNames = false,
    privateNoargConstructor = false)
public @interface ModelStyle {}
