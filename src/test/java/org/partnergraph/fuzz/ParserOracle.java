package org.partnergraph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.facts.FactsJson;
import org.partnergraph.facts.FactsReader;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.InputException;
import org.partnergraph.rdf.RdfMapper;

/**
 * What must hold for any input bytes, checked by the fuzz tests: reading ends in articles or in
 * one-line rejections that name the file, never another exception; what is read extracts, writes
 * back as facts that our own reader accepts, and maps to RDF that every export format (Turtle, N-Triples, RDF/XML, JSON-LD, TriG, N-Quads)
 * round-trips as an isomorphic graph.
 */
final class ParserOracle {
  private static final RuleExtractor EXTRACTOR = new RuleExtractor();
  private static final FactsReader FACTS = new FactsReader();
  private static final RdfMapper RDF = new RdfMapper();
  /** Small, so the fuzzer also reaches the limit's branch. */
  static final int MAX_ARTICLE_BYTES = 64 * 1024;

  private final Path dir;
  private final java.util.Set<String> registered = new java.util.HashSet<>();

  ParserOracle() {
    try {
      dir = Files.createTempDirectory("pg-fuzz");
      dir.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code bytes} as an article file with this extension and checks everything downstream. */
  void article(String extension, byte[] bytes) {
    Path file = write("input." + extension, bytes);
    List<Article> articles = new ArrayList<>();
    List<InputException> rejected = new ArrayList<>();
    new ArticleReader(MAX_ARTICLE_BYTES).read(List.of(file), new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void rejected(InputException problem) {
        rejected.add(problem);
      }
    });
    rejected.forEach(problem -> oneLineNaming(problem, file));
    for (Article a : articles) {
      assertThat(a.text()).isNotBlank();
      facts(EXTRACTOR.extract(a));
    }
  }

  /** Reads {@code bytes} as a facts file and checks everything downstream of each accepted line. */
  void factsFile(byte[] bytes) {
    Path file = write("input.facts.jsonl", bytes);
    List<ArticleFacts> read = new ArrayList<>();
    FACTS.read(file, read::add, problem -> oneLineNaming(problem, file));
    read.forEach(this::facts);
  }

  private void facts(ArticleFacts facts) {
    Path out = write("roundtrip.jsonl", (FactsJson.toLine(facts) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<ArticleFacts> back = new ArrayList<>();
    FACTS.read(out, back::add, problem -> {
      throw new AssertionError("facts we wrote were rejected by our own reader: " + problem.getMessage());
    });
    assertThat(back).hasSize(1);
    assertThat(back.get(0).relations()).hasSameSizeAs(facts.relations());
    Model model = RDF.map(facts);
    for (Lang lang : TRIPLE_FORMATS) {
      StringWriter text = new StringWriter();
      RDFDataMgr.write(text, model, lang);
      Model parsed = ModelFactory.createDefaultModel();
      RDFParser.create().source(new StringReader(text.toString())).lang(lang).parse(parsed);
      assertThat(parsed.isIsomorphicWith(model)).as("%s export round-trips:%n%s", lang, text).isTrue();
    }
    Dataset dataset = DatasetFactory.create();
    dataset.addNamedModel(ARTICLE_GRAPH, model);
    for (Lang lang : QUAD_FORMATS) {
      StringWriter text = new StringWriter();
      RDFDataMgr.write(text, dataset, lang);
      Dataset parsed = DatasetFactory.create();
      RDFParser.create().source(new StringReader(text.toString())).lang(lang).parse(parsed);
      assertThat(parsed.getNamedModel(ARTICLE_GRAPH).isIsomorphicWith(model)).as("%s export round-trips:%n%s", lang, text).isTrue();
    }
  }

  /** Every format {@code export --format} offers: four of one graph, two keeping a graph per article. */
  private static final Lang[] TRIPLE_FORMATS = {Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.JSONLD};
  private static final Lang[] QUAD_FORMATS = {Lang.TRIG, Lang.NQUADS};
  private static final String ARTICLE_GRAPH = "https://partnergraph.org/id/article/fuzz";

  private static void oneLineNaming(InputException problem, Path file) {
    assertThat(problem.getMessage()).startsWith(file.toString()).doesNotContain("\n");
  }

  private Path write(String name, byte[] bytes) {
    Path file = dir.resolve(name);
    if (registered.add(name)) {
      file.toFile().deleteOnExit(); // registered after the folder, so deleted before it
    }
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
