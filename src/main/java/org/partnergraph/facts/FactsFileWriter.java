package org.partnergraph.facts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.FactSink;

/** Writes facts as JSON Lines (the interchange format): the sink behind {@code partnergraph extract}. */
public final class FactsFileWriter implements FactSink {
  private final BufferedWriter out;
  private final boolean closeStream;

  public FactsFileWriter(OutputStream stream, boolean closeStream) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    this.closeStream = closeStream;
  }

  @Override
  public String name() {
    return "facts file";
  }

  @Override
  public void accept(ArticleFacts facts) {
    try {
      out.write(FactsJson.toLine(facts));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    flush();
    if (closeStream) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
