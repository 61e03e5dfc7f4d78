/**
 * jqwik arbitraries for every public type of the LCN SDK's model and engine, edge cases on
 * purpose, and invariants that downstream property tests can call on their own pipelines.
 *
 * <p>jqwik itself is not brought along: the testkit declares it {@code provided}, so the
 * consumer's own jqwik 1.9.x is the one used.
 *
 * @since 0.1.0
 */
module io.github.learningcities.lcn.testkit {
  requires transitive io.github.learningcities.lcn.indicators;
  requires transitive net.jqwik.api;

  exports io.github.learningcities.lcn.testkit;
  exports io.github.learningcities.lcn.testkit.model;
  exports io.github.learningcities.lcn.testkit.indicators;
  exports io.github.learningcities.lcn.testkit.invariants;

  provides net.jqwik.api.providers.ArbitraryProvider
      with io.github.learningcities.lcn.testkit.LcnArbitraryProvider;
}
