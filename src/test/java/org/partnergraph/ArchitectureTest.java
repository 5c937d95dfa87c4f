package org.partnergraph;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The allowed dependencies between packages, in one place. Data flows one way. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.partnergraph");

  @Test
  void packagesFollowThePipeline() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("..cli..")
        .layer("serve").definedBy("..serve..")
        .layer("evaluate").definedBy("..evaluate..")
        .layer("pipeline").definedBy("..pipeline..")
        .layer("neo4j").definedBy("..neo4j..")
        .layer("rdf").definedBy("..rdf..")
        .layer("facts").definedBy("..facts..")
        .layer("extract").definedBy("..extract..")
        .layer("resolve").definedBy("..resolve..")
        .layer("reference").definedBy("..reference..")
        .layer("ingest").definedBy("..ingest..")
        .layer("model").definedBy("..model..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("evaluate").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("neo4j").mayOnlyBeAccessedByLayers("cli", "pipeline", "serve")
        .whereLayer("rdf").mayOnlyBeAccessedByLayers("cli", "pipeline", "serve", "evaluate")
        .whereLayer("facts").mayOnlyBeAccessedByLayers("cli", "pipeline")
        .whereLayer("extract").mayOnlyBeAccessedByLayers("cli", "pipeline", "evaluate")
        .whereLayer("resolve").mayOnlyBeAccessedByLayers("extract")
        .whereLayer("reference").mayOnlyBeAccessedByLayers("extract", "resolve")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli", "pipeline", "facts", "evaluate")
        .check(CLASSES);
  }

  /** The two views are siblings: both take their IRIs from {@code model}, neither from the other. */
  @Test
  void neo4jDoesNotDependOnRdf() {
    noClasses().that().resideInAPackage("..neo4j..")
        .should().dependOnClassesThat().resideInAnyPackage("..rdf..", "org.apache.jena..")
        .check(CLASSES);
  }

  /**
   * Resolution is a stage after extraction: mentions flow from {@code extract} into
   * {@code resolve}, never back, so every extractor (rules, learned, language model) resolves alike.
   */
  @Test
  void resolutionDoesNotDependOnExtraction() {
    noClasses().that().resideInAPackage("..resolve..")
        .should().dependOnClassesThat().resideInAPackage("..extract..")
        .check(CLASSES);
  }

  @Test
  void extractionKnowsNothingOfTheDatabases() {
    noClasses().that().resideInAnyPackage("..extract..", "..resolve..", "..reference..", "..ingest..", "..model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.apache.jena..")
        .check(CLASSES);
  }

  @Test
  void theAnnotationFormatIsSharedByTheScorerAndTheExtractorsOnly() {
    classes().that().resideInAPackage("..extract.annotation..")
        .should().onlyBeAccessed().byAnyPackage("..extract..", "..evaluate..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("..extract.annotation..")
        .should().dependOnClassesThat().resideInAnyPackage("..evaluate..", "..extract.decide..", "java.net..")
        .check(CLASSES);
  }

  @Test
  void theLanguageModelExtractorIsReachedOnlyThroughTheExtractorRegistry() {
    classes().that().resideInAPackage("..extract.llm..")
        .should().onlyBeAccessed().byClassesThat(JavaClass.Predicates.resideInAPackage("..extract.llm..")
            .or(HasName.Predicates.name("org.partnergraph.extract.Extractors")))
        .check(CLASSES);
  }
}
