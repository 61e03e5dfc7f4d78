package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.MethodSignature;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code iMeta} flag of the normalisation methods whose parameters COINr can take per
 * indicator from columns of its iMeta table ({@code f_n_para = "use_iMeta"}): minmax, zscore,
 * scaled, dist2targ and goalposts. The engine cannot see iMeta, so a normalisation with the
 * flag must be resolved by whoever holds the tables (lcn-serialization's {@code CoinrInput})
 * into one override per indicator before it runs; the engine refuses it otherwise.
 *
 * @since 0.1.0
 */
public final class IMetaParameters {
  /** The flag's name. */
  public static final String FLAG = "iMeta";

  private IMetaParameters() {}

  /**
   * Adds the flag to a signature, keeping its parameters and rules.
   *
   * @param signature the method's signature
   * @return the signature with the flag
   */
  static MethodSignature declare(MethodSignature signature) {
    List<ParameterSpec> params = new ArrayList<>(signature.parameters());
    params.add(ParameterSpec.flag(FLAG, "take the parameters of each indicator from the "
        + "columns of COINr's iMeta table (COINr's use_iMeta); the tables' reader resolves "
        + "them").withDefault(false));
    MethodSignature out = MethodSignature.of(params.toArray(new ParameterSpec[0]));
    for (MethodSignature.Rule r : signature.rules()) {
      out = out.withRule(r.rule(), r.reason(), r.holds());
    }
    return out;
  }

  /**
   * Refuses a normalisation whose method still asks for iMeta's parameters for an indicator.
   *
   * @param normalisation the pipeline's normalisation
   * @param indicators the indicators that will be normalised
   * @throws IndicatorsException naming the first such indicator and the way to resolve it
   */
  public static void requireResolved(Normalisation normalisation, List<Node> indicators) {
    for (Node leaf : indicators) {
      Normalisation n = normalisation.forIndicator(leaf.code());
      if (n.parameters().flag(FLAG, false)) {
        throw new IndicatorsException("indicator '" + leaf.code() + "': normalisation '"
            + n.method() + "' has " + FLAG + "=true (parameters from COINr's iMeta table), but "
            + "no parameters were taken from an iMeta table for it; expected the pipeline "
            + "resolved against the tables (CoinrInput.resolve, or lcn with -d/-m) or explicit "
            + "parameters");
      }
    }
  }
}
