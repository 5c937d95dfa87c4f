// Which governors visited, invited or met automakers from a country, and where the automaker is based.
// Parameters: $country — a country name, e.g. China.
MATCH (g:Governor)-[rel:VISITED|INVITED]->(a:Automaker)-[:HEADQUARTERED_IN]->(c:Country)
WHERE toLower(c.name) = toLower($country) OR any(x IN coalesce(c.aliases, []) WHERE toLower(x) = toLower($country))
OPTIONAL MATCH (g)-[:GOVERNS]->(r:Region)
RETURN g.name AS governor, r.name AS region, type(rel) AS how, a.name AS automaker, c.name AS country,
       rel.sources AS articles
ORDER BY governor, automaker, how
