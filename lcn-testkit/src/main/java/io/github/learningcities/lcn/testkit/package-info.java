/**
 * The testkit's entry point: {@link io.github.learningcities.lcn.testkit.LcnArbitraries} finds
 * the arbitrary of any public SDK type, and {@link io.github.learningcities.lcn.testkit.LcnArbitraryProvider}
 * lets jqwik fill {@code @ForAll} parameters of those types without a {@code @Provide} method.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.testkit;
