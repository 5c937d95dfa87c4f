package org.partnergraph.model;

/** A database that cannot be reached, is locked by another process, or refused a write. */
public class StoreException extends PartnergraphException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
