package org.partnergraph.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.FactSink;

/**
 * A sink opened only when there is something to write, so that a nightly run with nothing new
 * does not start a database at all.
 */
public final class DeferredSink implements FactSink {
  private final String name;
  private final Supplier<FactSink> opener;
  private FactSink sink;

  public DeferredSink(String name, Supplier<FactSink> opener) {
    this.name = name;
    this.opener = opener;
  }

  @Override
  public String name() {
    return name;
  }

  public boolean opened() {
    return sink != null;
  }

  private FactSink sink() {
    if (sink == null) {
      sink = opener.get();
    }
    return sink;
  }

  @Override
  public void accept(ArticleFacts facts) {
    sink().accept(facts);
  }

  @Override
  public void retract(List<String> articleIds) {
    sink().retract(articleIds);
  }

  @Override
  public java.util.Optional<String> unstorable(ArticleFacts facts) {
    return sink().unstorable(facts);
  }

  @Override
  public void prepare() {
    if (sink != null) {
      sink.prepare();
    }
  }

  @Override
  public void discard() {
    if (sink != null) {
      sink.discard();
    }
  }

  @Override
  public void flush() {
    if (sink != null) {
      sink.flush();
    }
  }

  @Override
  public void close() {
    if (sink != null) {
      sink.close();
    }
  }
}
