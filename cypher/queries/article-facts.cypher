// Everything one article says: each fact edge it supports, with the sentence.
// Parameters: $article — the article id (e.g. the file name without extension).
MATCH (:Article {id: $article})-[:MENTIONS]->(s:Entity)-[r]->(o)
WHERE $article IN r.sources
UNWIND [i IN range(0, size(r.evidenceSources) - 1) WHERE r.evidenceSources[i] = $article] AS i
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.evidence[i] AS evidence, r.confidences[i] AS confidence
ORDER BY relation, subject, object
