package io.github.learningcities.lcn.cli;

/** Bad usage or bad input that the libraries do not report themselves; exit code 2. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
