package org.partnergraph.rdf;

import java.io.OutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.partnergraph.model.PartnergraphException;

/** Parsing a SPARQL query and printing its results, the same for the local and the served store. */
final class SparqlResults {
  private SparqlResults() {}

  static Query parse(String sparql) {
    try {
      return QueryFactory.create(sparql);
    } catch (QueryParseException e) {
      throw new PartnergraphException("SPARQL syntax error: " + e.getMessage().replace('\n', ' '));
    }
  }

  static void write(Query q, QueryExecution qe, SparqlFormat format, OutputStream out) {
    if (q.isSelectType()) {
      ResultSet rs = qe.execSelect();
      switch (format) {
        case TABLE -> ResultSetFormatter.out(out, rs, q.getPrologue());
        default -> ResultSetFormatter.output(out, rs, lang(format));
      }
    } else if (q.isAskType()) {
      boolean answer = qe.execAsk();
      switch (format) {
        case TABLE -> ResultSetFormatter.out(out, answer);
        default -> ResultSetFormatter.output(out, answer, lang(format));
      }
    } else if (q.isConstructType() || q.isDescribeType()) {
      Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
      RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
    } else {
      throw new PartnergraphException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported here");
    }
  }

  private static Lang lang(SparqlFormat format) {
    return switch (format) {
      case CSV -> ResultSetLang.RS_CSV;
      case TSV -> ResultSetLang.RS_TSV;
      default -> ResultSetLang.RS_JSON;
    };
  }
}
