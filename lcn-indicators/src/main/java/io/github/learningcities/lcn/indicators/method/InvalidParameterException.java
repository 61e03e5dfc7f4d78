package io.github.learningcities.lcn.indicators.method;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.util.Optional;

/**
 * A method parameter that the method does not declare, of the wrong type, outside its range,
 * missing though required, or a combination of parameters that would invert or flatten every
 * ranking (such as min-max with lower &gt; upper). The message names the step, the method, the
 * parameter and what would be valid.
 *
 * @since 0.1.0
 */
public class InvalidParameterException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  private final String step;
  private final String method;
  private final String parameter;

  /**
   * Creates the exception.
   *
   * @param step the pipeline step, e.g. "normalisation" or "aggregation of node 'Conn'"
   * @param method the method's name
   * @param parameter the parameter, or null when a rule over several parameters is broken
   * @param message the full message
   */
  public InvalidParameterException(String step, String method, String parameter,
      String message) {
    super(message);
    this.step = step;
    this.method = method;
    this.parameter = parameter;
  }

  /**
   * Returns the pipeline step.
   *
   * @return e.g. "normalisation"
   */
  public String step() {
    return step;
  }

  /**
   * Returns the method's name.
   *
   * @return e.g. "minmax"
   */
  public String method() {
    return method;
  }

  /**
   * Returns the parameter, when one parameter is at fault.
   *
   * @return the parameter's name, or empty for a rule over several parameters
   */
  public Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }
}
