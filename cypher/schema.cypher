// partnergraph's Neo4j schema: applied (idempotently) before every load.
// Every entity node also carries the label Entity, whose id is unique across all types;
// relationship loads match endpoints by (:Entity {id}).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT governor_id IF NOT EXISTS FOR (n:Governor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT automaker_id IF NOT EXISTS FOR (n:Automaker) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plant_id IF NOT EXISTS FOR (n:Plant) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT forum_id IF NOT EXISTS FOR (n:Forum) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT brand_id IF NOT EXISTS FOR (n:Brand) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE INDEX governor_name IF NOT EXISTS FOR (n:Governor) ON (n.name);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX automaker_name IF NOT EXISTS FOR (n:Automaker) ON (n.name);
CREATE INDEX plant_name IF NOT EXISTS FOR (n:Plant) ON (n.name);
CREATE INDEX forum_name IF NOT EXISTS FOR (n:Forum) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX brand_name IF NOT EXISTS FOR (n:Brand) ON (n.name);
CREATE INDEX partnership_name IF NOT EXISTS FOR (n:Partnership) ON (n.name);
CREATE INDEX metric_name IF NOT EXISTS FOR (n:Metric) ON (n.name);
CREATE INDEX partnership_status IF NOT EXISTS FOR (n:Partnership) ON (n.status);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
