// The evidence behind one edge: every article and sentence that supports it.
// Parameters: $from and $to — entity ids (e.g. governor/gleb-nikitin, region/ru-niz); $type — relationship type.
MATCH (s:Entity {id: $from})-[r]->(o:Entity {id: $to})
WHERE type(r) = $type
UNWIND range(0, size(r.evidence) - 1) AS i
MATCH (a:Article {id: r.evidenceSources[i]})
RETURN a.id AS article, a.title AS title, a.source AS source, r.evidence[i] AS sentence, r.confidences[i] AS confidence
ORDER BY article
