package org.partnergraph.extract.llm;

import org.partnergraph.model.PartnergraphException;

/** The model could not be asked, or its answer could not be read: that article fails, the run goes on. */
public final class LlmException extends PartnergraphException {
  private static final long serialVersionUID = 1L;

  public LlmException(String message) {
    super(message);
  }

  public LlmException(String message, Throwable cause) {
    super(message, cause);
  }
}
