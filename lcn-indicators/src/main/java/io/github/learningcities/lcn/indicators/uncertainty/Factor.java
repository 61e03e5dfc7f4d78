package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One uncertain methodological choice.
 *
 * <p>Kinds: {@link #alternatives} replaces a whole step by one of several specifications (e.g.
 * imputation by mean or none, min-max or z-score normalisation, arithmetic or geometric
 * aggregation, two weightings); {@link #values} and {@link #range} vary one parameter of a step
 * the nominal pipeline has (e.g. the treatment's {@code winmax}); {@link #weightNoise} perturbs
 * the weights of every node at one framework level, w' = w (1 + U(-1, 1) noise), choosing among
 * {@code sets} noisy weight sets drawn once from the seed (as COINr's
 * {@code get_noisy_weights}). A sample u in [0, 1) picks alternative floor(u k) of k, or value
 * low + u (high - low) of a range.
 *
 * @param name the factor's name, unique within a specification
 * @param kind what is varied
 * @param step the step concerned ({@link Step#AGGREGATION} also covers weighting)
 * @param parameter the parameter varied, for {@link Kind#VALUES} and {@link Kind#RANGE}
 * @param alternatives the step specifications ({@link Kind#ALTERNATIVES}) or parameter values
 *     ({@link Kind#VALUES}: finite numbers, kept as {@code Double}, texts or booleans) to choose
 *     among; empty for the other kinds
 * @param low lower end of a range
 * @param high upper end of a range
 * @param integer whether a range is of whole numbers (low..high inclusive)
 * @param level the framework level whose weights are perturbed, for {@link Kind#WEIGHT_NOISE}
 * @param noise the relative noise, for {@link Kind#WEIGHT_NOISE}
 * @param sets how many noisy weight sets to draw, for {@link Kind#WEIGHT_NOISE}
 * @since 0.1.0
 */
public record Factor(String name, Kind kind, Step step, Optional<String> parameter,
    List<Object> alternatives, double low, double high, boolean integer, int level,
    double noise, int sets) {

  /**
   * What a factor varies.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** One of several whole step specifications. */
    ALTERNATIVES,
    /** One of several values of a step parameter. */
    VALUES,
    /** A parameter drawn from a range. */
    RANGE,
    /** Noisy weights at one level. */
    WEIGHT_NOISE
  }

  /** Validates. */
  public Factor {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IndicatorsException("a factor's name is blank; expected a non-empty name");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(parameter, "parameter");
    alternatives = List.copyOf(alternatives);
    switch (kind) {
      case ALTERNATIVES, VALUES -> {
        if (alternatives.size() < 2) {
          throw new IndicatorsException("factor '" + name + "' has " + alternatives.size()
              + " alternatives; expected at least 2");
        }
      }
      case RANGE -> {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
          throw new IndicatorsException("factor '" + name + "' has range [" + low + ", " + high
              + "]; expected finite bounds with low < high");
        }
      }
      case WEIGHT_NOISE -> {
        if (!(noise > 0 && noise <= 1)) {
          throw new IndicatorsException("factor '" + name + "' has noise " + noise
              + "; expected a share in (0, 1]");
        }
        if (sets < 2) {
          throw new IndicatorsException("factor '" + name + "' draws " + sets
              + " weight sets; expected at least 2");
        }
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    if (kind == Kind.VALUES) {
      alternatives = parameterValues(name, alternatives);
    } else if (kind != Kind.ALTERNATIVES && !alternatives.isEmpty()) {
      throw new IndicatorsException("factor '" + name + "' of kind " + kind + " lists "
          + alternatives.size() + " alternatives; expected none (only kinds ALTERNATIVES and "
          + "VALUES choose among alternatives)");
    }
    if ((kind == Kind.VALUES || kind == Kind.RANGE) && parameter.isEmpty()) {
      throw new IndicatorsException("factor '" + name + "' varies a parameter but names none");
    }
    if (kind == Kind.ALTERNATIVES) {
      Class<?> expected = switch (step) {
        case IMPUTATION -> Imputation.class;
        case TREATMENT -> Treatment.class;
        case NORMALISATION -> Normalisation.class;
        case AGGREGATION -> alternatives.get(0) instanceof Weighting ? Weighting.class
            : Aggregation.class;
        default -> throw new IndicatorsException("factor '" + name + "': alternatives of step "
            + step + " are not supported; expected IMPUTATION, TREATMENT, NORMALISATION or "
            + "AGGREGATION");
      };
      for (Object a : alternatives) {
        if (!expected.isInstance(a)) {
          throw new IndicatorsException("factor '" + name + "': alternative " + a + " is not a "
              + expected.getSimpleName() + "; expected every alternative of step " + step
              + " to be one");
        }
      }
    }
  }

  /** Numbers as finite doubles (as {@code Parameters} keeps them), texts and booleans. */
  private static List<Object> parameterValues(String name, List<Object> values) {
    List<Object> out = new ArrayList<>(values.size());
    for (Object v : values) {
      if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
        out.add(n.doubleValue());
      } else if (v instanceof String || v instanceof Boolean) {
        out.add(v);
      } else {
        throw new IndicatorsException("factor '" + name + "': value " + v + " of type "
            + v.getClass().getSimpleName() + " is not a parameter value; expected finite "
            + "numbers, texts or booleans");
      }
    }
    return List.copyOf(out);
  }

  /**
   * Alternatives for a whole imputation step ({@link Imputation#none()} switches it off).
   *
   * @param name the factor's name
   * @param alternatives the alternatives
   * @return the factor
   */
  public static Factor imputation(String name, List<Imputation> alternatives) {
    return new Factor(name, Kind.ALTERNATIVES, Step.IMPUTATION, Optional.empty(),
        List.copyOf(alternatives), 0, 0, false, 0, 0, 0);
  }

  /**
   * Alternatives for a whole outlier-treatment step ({@link Treatment#none()} switches it off).
   *
   * @param name the factor's name
   * @param alternatives the alternatives
   * @return the factor
   */
  public static Factor treatment(String name, List<Treatment> alternatives) {
    return new Factor(name, Kind.ALTERNATIVES, Step.TREATMENT, Optional.empty(),
        List.copyOf(alternatives), 0, 0, false, 0, 0, 0);
  }

  /**
   * Alternatives for the normalisation step.
   *
   * @param name the factor's name
   * @param alternatives the alternatives
   * @return the factor
   */
  public static Factor normalisation(String name, List<Normalisation> alternatives) {
    return new Factor(name, Kind.ALTERNATIVES, Step.NORMALISATION, Optional.empty(),
        List.copyOf(alternatives), 0, 0, false, 0, 0, 0);
  }

  /**
   * Alternatives for the default aggregation.
   *
   * @param name the factor's name
   * @param alternatives the alternatives
   * @return the factor
   */
  public static Factor aggregation(String name, List<Aggregation> alternatives) {
    return new Factor(name, Kind.ALTERNATIVES, Step.AGGREGATION, Optional.empty(),
        List.copyOf(alternatives), 0, 0, false, 0, 0, 0);
  }

  /**
   * Alternatives for the weighting.
   *
   * @param name the factor's name
   * @param alternatives the alternatives
   * @return the factor
   */
  public static Factor weighting(String name, List<Weighting> alternatives) {
    return new Factor(name, Kind.ALTERNATIVES, Step.AGGREGATION, Optional.empty(),
        List.copyOf(alternatives), 0, 0, false, 0, 0, 0);
  }

  /**
   * Values of one parameter of a step that the nominal pipeline has.
   *
   * @param name the factor's name
   * @param step the step
   * @param parameter the parameter
   * @param values finite numbers (kept as {@code Double}), texts or booleans
   * @return the factor
   * @throws IndicatorsException if fewer than two values are given or one is of another type
   */
  public static Factor values(String name, Step step, String parameter, List<?> values) {
    return new Factor(name, Kind.VALUES, step, Optional.of(parameter), List.copyOf(values), 0,
        0, false, 0, 0, 0);
  }

  /**
   * A range of one numeric parameter of a step that the nominal pipeline has.
   *
   * @param name the factor's name
   * @param step the step
   * @param parameter the parameter
   * @param low the lower end
   * @param high the upper end
   * @param integer whether only whole numbers low..high (inclusive) are drawn
   * @return the factor
   */
  public static Factor range(String name, Step step, String parameter, double low, double high,
      boolean integer) {
    return new Factor(name, Kind.RANGE, step, Optional.of(parameter), List.of(), low, high,
        integer, 0, 0, 0);
  }

  /**
   * Noisy weights for every node at one framework level (1 = indicators).
   *
   * @param name the factor's name
   * @param level the level
   * @param noise relative noise in (0, 1]: w' = w (1 + U(-1, 1) noise)
   * @param sets how many noisy weight sets to draw once (e.g. 100)
   * @return the factor
   */
  public static Factor weightNoise(String name, int level, double noise, int sets) {
    return new Factor(name, Kind.WEIGHT_NOISE, Step.AGGREGATION, Optional.empty(), List.of(),
        0, 0, false, level, noise, sets);
  }

  /**
   * Returns the index of the alternative (or weight set) a sample in [0, 1) picks.
   *
   * @param u the sample
   * @return the index
   */
  public int pick(double u) {
    int k = kind == Kind.WEIGHT_NOISE ? sets : alternatives.size();
    return Math.min(k - 1, (int) Math.floor(u * k));
  }

  /**
   * Returns the range value a sample in [0, 1) gives.
   *
   * @param u the sample
   * @return the value
   */
  public double value(double u) {
    if (integer) {
      return Math.min(high, low + Math.floor(u * (high - low + 1)));
    }
    return low + u * (high - low);
  }
}
