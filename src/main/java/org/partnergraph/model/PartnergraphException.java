package org.partnergraph.model;

/**
 * Root of partnergraph's own failures: each carries a one-line message fit for an operator,
 * naming the file, line or service and the offending value. The CLI maps them to exit codes.
 */
public class PartnergraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PartnergraphException(String message) {
    super(message);
  }

  public PartnergraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
