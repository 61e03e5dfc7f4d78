package io.github.learningcities.lcn.testkit;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik generate {@code @ForAll} parameters of SDK types (for example
 * {@code @ForAll City city} or {@code @ForAll Framework framework}) with the defaults of
 * {@link LcnArbitraries}. jqwik finds it through the service loader; nothing to configure.
 *
 * @since 0.1.0
 */
public final class LcnArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik's service loader calls this. */
  public LcnArbitraryProvider() {
    // stateless: the arbitraries live in LcnArbitraries
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return LcnArbitraries.types().contains(targetType.getRawType());
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Optional<? extends Arbitrary<?>> a = LcnArbitraries.forType(targetType.getRawType());
    return a.<Set<Arbitrary<?>>>map(Set::of).orElse(Set.of());
  }
}
