package org.partnergraph.model;

/** Input that cannot be read as articles or facts; the message starts with {@code file:line}. */
public class InputException extends PartnergraphException {
  private static final long serialVersionUID = 1L;

  public InputException(String where, String reason) {
    super(where + ": " + reason);
  }
}
