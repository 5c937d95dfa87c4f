package org.partnergraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.PartnershipKind;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.model.RelationType;
import org.partnergraph.rdf.Vocab;

/** The Java enums, the OWL ontology, the Cypher schema and the facts JSON Schema name the same things. */
class VocabularyAgreementTest {
  private static final Model ONTOLOGY = ModelFactory.createDefaultModel().read(Path.of("ontology/partnergraph.ttl").toUri().toString());

  @Test
  void everyEntityTypeIsAnOwlClassWithAUniqueIdConstraint() throws Exception {
    String schema = Files.readString(Path.of("cypher/schema.cypher"));
    for (EntityType t : EntityType.values()) {
      assertThat(ONTOLOGY.contains(Vocab.type(t), RDF.type, OWL.Class)).as(t.label()).isTrue();
      assertThat(schema).contains("FOR (n:" + t.label() + ") REQUIRE n.id IS UNIQUE");
    }
  }

  @Test
  void everyRelationTypeIsAnObjectPropertyAndNothingElseIs() {
    List<String> declared = new ArrayList<>();
    ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEachRemaining(r -> declared.add(r.getLocalName()));
    List<String> expected = new ArrayList<>(Arrays.stream(RelationType.values()).map(RelationType::rdfProperty).toList());
    expected.add("mentions");
    assertThat(declared).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theFactsSchemaListsTheSameTypesRelationsStatusesAndKinds() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Path.of("ontology/facts.schema.json").toFile());
    JsonNode defs = schema.get("$defs");
    assertThat(texts(defs.at("/entity/properties/type/enum"))).containsExactlyElementsOf(Arrays.stream(EntityType.values()).map(EntityType::label).toList());
    assertThat(texts(defs.at("/relation/properties/type/enum"))).containsExactlyElementsOf(Arrays.stream(RelationType.values()).map(Enum::name).toList());
    assertThat(texts(defs.at("/entity/properties/attributes/properties/status/enum")))
        .containsExactlyElementsOf(Arrays.stream(PartnershipStatus.values()).map(PartnershipStatus::value).toList());
    assertThat(texts(defs.at("/entity/properties/attributes/properties/kind/enum")))
        .containsAll(Arrays.stream(PartnershipKind.values()).map(PartnershipKind::value).toList());
  }

  @Test
  void shapesCheckEveryRelationProperty() {
    Model shapes = ModelFactory.createDefaultModel().read(Path.of("ontology/shapes.ttl").toUri().toString());
    Resource targetSubjectsOf = shapes.createResource("http://www.w3.org/ns/shacl#targetSubjectsOf");
    for (RelationType t : RelationType.values()) {
      assertThat(shapes.contains(null, shapes.createProperty(targetSubjectsOf.getURI()), Vocab.property(t))).as(t.name()).isTrue();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
