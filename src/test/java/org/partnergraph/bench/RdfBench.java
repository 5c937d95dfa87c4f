package org.partnergraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Iris;
import org.partnergraph.rdf.RdfMapper;
import org.partnergraph.rdf.TdbStore;

/**
 * The RDF view: our TDB2 load (one named graph per article, as a run writes it) and our N-Quads
 * export, against Jena's riot streaming the same quads straight to a file, which is as fast as
 * those triples can be written at all.
 */
final class RdfBench {
  record Result(long triples, double tdb2Seconds, double exportSeconds, double riotSeconds, long exportBytes) {
    double tdb2TriplesPerSecond() {
      return triples / tdb2Seconds;
    }

    double exportTriplesPerSecond() {
      return triples / exportSeconds;
    }

    double riotTriplesPerSecond() {
      return triples / riotSeconds;
    }
  }

  static Result run(List<ArticleFacts> facts, Path work) throws IOException {
    RdfMapper mapper = new RdfMapper();
    List<Model> models = new ArrayList<>(facts.size());
    long triples = 0;
    for (ArticleFacts f : facts) {
      Model m = mapper.map(f);
      models.add(m);
      triples += m.size();
    }

    Path tdb = work.resolve("tdb2");
    long start = System.nanoTime();
    try (TdbStore store = TdbStore.open(tdb)) {
      facts.forEach(store::accept);
      store.flush();
    }
    double tdb2 = (System.nanoTime() - start) / 1e9;

    Path export = work.resolve("export.nq");
    start = System.nanoTime();
    try (TdbStore store = TdbStore.open(tdb); OutputStream out = new BufferedOutputStream(Files.newOutputStream(export), 1 << 16)) {
      store.export(Lang.NQUADS, out);
    }
    double exported = (System.nanoTime() - start) / 1e9;

    Path riot = work.resolve("riot.nq");
    start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(riot), 1 << 16)) {
      StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
      w.start();
      for (int i = 0; i < facts.size(); i++) {
        Node graph = NodeFactory.createURI(Iris.graphIri(facts.get(i).article().id()));
        models.get(i).getGraph().find().forEachRemaining(t -> w.quad(Quad.create(graph, t)));
      }
      w.finish();
    }
    double riotSeconds = (System.nanoTime() - start) / 1e9;
    return new Result(triples, tdb2, exported, riotSeconds, Files.size(export));
  }

  private RdfBench() {}
}
