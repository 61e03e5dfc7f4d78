package io.github.learningcities.lcn.indicators.framework;

import io.github.learningcities.lcn.indicators.IndicatorsException;

/**
 * Thrown when a framework is not a valid tree or a node carries an invalid value; the message
 * names the node and says what would be valid.
 *
 * @since 0.1.0
 */
public class InvalidFrameworkException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  private final String node;

  /**
   * Creates the exception.
   *
   * @param node the code of the offending node
   * @param message what is wrong and what would be valid
   */
  public InvalidFrameworkException(String node, String message) {
    super("framework node '" + node + "': " + message);
    this.node = node;
  }

  /**
   * Returns the offending node's code.
   *
   * @return the code
   */
  public String node() {
    return node;
  }
}
