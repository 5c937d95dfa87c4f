package org.partnergraph.model;

/**
 * Input that cannot be read as articles or facts; the message starts with {@code file:line}. It is
 * always one line: control characters that the input put into it (an id with a newline) are
 * shown escaped.
 */
public class InputException extends PartnergraphException {
  private static final long serialVersionUID = 1L;

  public InputException(String where, String reason) {
    super(Messages.oneLine(where) + ": " + Messages.oneLine(reason));
  }
}
