package io.github.learningcities.lcn.model;

import io.github.learningcities.lcn.model.internal.MissingFieldsException;
import io.github.learningcities.lcn.model.internal.NullValueException;
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
 * {@code builder()} and {@code of(...)} factories that each type declares, so user code never
 * needs to name it. Collections are never null, and nothing partially built escapes: a builder
 * either returns a valid instance or throws {@link InvalidModelException}, whether a required
 * field is missing, a value, a collection element or a whole collection, map, array or
 * {@code Optional} is {@code null}, or an invariant is broken. (Immutables checks values and
 * elements through {@code throwForNullPointer}; lcn-model's build adds the check for whole
 * containers to the generated code, which no style option reaches.)
 * A builder can start from an existing value ({@code City.builder().from(city)}) to copy it
 * with changes; setting a field again replaces its value.
 *
 * <p>Three choices keep the compiled classes clean for consumers who compile (or run javadoc)
 * with {@code -Xlint:all -Werror} and have only the model's declared dependencies on their class
 * path: this style is kept in the source only ({@link RetentionPolicy#SOURCE}), so no class file
 * refers to Immutables' style enums; the generated code carries no classpath annotation such as
 * Immutables' {@code @Generated} ({@code allowedClasspathAnnotations}); and the value types
 * carry no jackson-databind annotation. Jackson integration of the generated code is switched on by the
 * two marker annotations on this style (which have no elements, so a compiler that cannot find
 * their classes has nothing to warn about); each abstract type names its properties with
 * {@code @JsonProperty} on its accessors (so a writer for the abstract type, such as
 * {@code writerFor(City.class)}, writes them) and reads through a package-private
 * {@code @JsonCreator} that delegates to its generated implementation. Both annotations are in
 * {@code jackson-annotations}, which Jackson 2 and Jackson 3 both read.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@com.fasterxml.jackson.databind.annotation.JsonSerialize
@tools.jackson.databind.annotation.JsonSerialize
@Value.Style(
    typeImmutable = "Immutable*",
    strictBuilder = false,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    optionalAcceptNullable = false,
    forceJacksonPropertyNames = false,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = MissingFieldsException.class,
    throwForNullPointer = NullValueException.class)
public @interface ModelStyle {}
