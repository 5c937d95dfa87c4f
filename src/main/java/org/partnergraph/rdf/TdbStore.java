package org.partnergraph.rdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Iris;
import org.partnergraph.model.QueryTimeoutException;
import org.partnergraph.model.StoreException;
import org.partnergraph.model.StoredArticle;

/**
 * The RDF view: a TDB2 dataset with one named graph per article. Accepting an article replaces
 * its graph, so reloading is idempotent and retracting an article is dropping one graph. Queries
 * see the union of all article graphs as the default graph.
 */
public final class TdbStore implements RdfView {
  private final Path location;
  private final Dataset dataset;
  private final RdfMapper mapper = new RdfMapper();
  private final Map<String, Model> pending = new LinkedHashMap<>();
  /** Whether a write transaction holds the pending graphs, waiting for {@link #flush} or {@link #discard}. */
  private boolean prepared;

  private TdbStore(Path location, Dataset dataset) {
    this.location = location;
    this.dataset = dataset;
  }

  /** Opens (creating if needed) the dataset under {@code <data-dir>/rdf}. */
  public static TdbStore open(Path location) {
    try {
      Files.createDirectories(location);
      return new TdbStore(location, TDB2Factory.connectDataset(location.toString()));
    } catch (Exception e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("lock") || msg.contains("Lock")) {
        throw new StoreException("the RDF store at " + location + " is in use by another process (is `partnergraph serve` or another run using this data dir?)", e);
      }
      throw new StoreException("cannot open the RDF store at " + location + ": " + msg, e);
    }
  }

  public Dataset dataset() {
    return dataset;
  }

  @Override
  public String name() {
    return "tdb2";
  }

  /** Held until the pipeline ends the batch: the batch reaches this view only with the others. */
  @Override
  public void accept(ArticleFacts facts) {
    pending.put(Iris.graphIri(facts.article().id()), mapper.map(facts));
  }

  /** Writes the pending graphs inside a write transaction that {@link #flush} commits. */
  @Override
  public void prepare() {
    if (prepared || pending.isEmpty()) {
      return;
    }
    try {
      dataset.begin(TxnType.WRITE);
      prepared = true;
      pending.forEach(dataset::replaceNamedModel);
    } catch (RuntimeException | InternalError e) {
      String why = reason(e);
      discard();
      throw new StoreException("writing to the RDF store at " + location + " failed: " + why, e);
    }
  }

  @Override
  public void flush() {
    prepare();
    if (!prepared) {
      return;
    }
    try {
      dataset.commit();
    } catch (RuntimeException | InternalError e) {
      String why = reason(e);
      discard();
      throw new StoreException("writing to the RDF store at " + location + " failed: " + why, e);
    }
    dataset.end();
    prepared = false;
    pending.clear(); // written: never written twice (nor on close)
  }

  /** Aborts a prepared transaction and forgets the pending graphs. */
  @Override
  public void discard() {
    pending.clear();
    if (prepared) {
      prepared = false;
      try {
        dataset.abort();
      } catch (RuntimeException alreadyEnded) {
        // a failed commit may have ended the transaction itself: nothing of it was written either way
      } finally {
        dataset.end();
      }
    }
  }

  /**
   * TDB2 writes through memory-mapped files: on a full disk the JVM reports the failed page write
   * as an {@link InternalError} ("a fault occurred in an unsafe memory access operation"), not as
   * an IOException. Both mean the same thing to a user: no space.
   */
  private String reason(Throwable e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof InternalError || message.contains("No space left on device")) {
      long free;
      try {
        free = Files.getFileStore(location).getUsableSpace();
      } catch (java.io.IOException | RuntimeException unknown) {
        free = -1;
      }
      return "the disk is full" + (free >= 0 ? " (" + free / 1024 + " KB free)" : "")
          + "; the batch was rolled back and not recorded in the ledger: free some space and run again";
    }
    return message;
  }

  @Override
  public void retract(List<String> articleIds) {
    flush();
    dataset.executeWrite(() -> articleIds.forEach(id -> dataset.removeNamedModel(Iris.graphIri(id))));
  }

  @Override
  public void query(String sparql, SparqlFormat format, Duration timeout, OutputStream out) {
    Query q = SparqlResults.parse(sparql);
    try {
      dataset.executeRead(() -> {
        var builder = QueryExecution.create().query(q).dataset(dataset).set(TDB2.symUnionDefaultGraph, true);
        if (!timeout.isZero()) {
          builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        try (QueryExecution qe = builder.build()) {
          SparqlResults.write(q, qe, format, out);
        }
      });
    } catch (QueryCancelledException e) {
      throw new QueryTimeoutException(timeout, e);
    }
  }

  @Override
  public void export(Lang lang, OutputStream out) {
    dataset.executeRead(() -> RdfExport.write(dataset.asDatasetGraph(), lang, out));
  }

  @Override
  public Map<String, StoredArticle> storedArticles() {
    flush();
    return dataset.calculateRead(() -> StoredArticles.read(q -> QueryExecution.create().query(q).dataset(dataset).build()));
  }

  @Override
  public Map<String, Long> graphSizes() {
    Map<String, Long> out = new LinkedHashMap<>();
    dataset.executeRead(() -> {
      List<String> names = new ArrayList<>();
      dataset.listNames().forEachRemaining(names::add);
      names.sort(null);
      for (String n : names) {
        out.put(n, dataset.getNamedModel(n).size());
      }
    });
    return out;
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      dataset.close();
      org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
  }

}
