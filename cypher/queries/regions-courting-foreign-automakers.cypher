// Which regions have partnerships with foreign automakers or foreign partners, and how far they got.
// Parameters: none.
MATCH (p:Partnership)-[:PARTY]->(r:Region)-[:IN_COUNTRY]->(home:Country)
OPTIONAL MATCH (p)-[:PARTY]->(a:Automaker)
OPTIONAL MATCH (p)-[:PARTNER_COUNTRY]->(c:Country)
WITH r, home, p, a, c
WHERE p.crossBorder
RETURN r.name AS region, home.name AS country, coalesce(a.name, 'a partner from ' + c.name) AS counterpart,
       p.kind AS kind, p.status AS status
ORDER BY region, counterpart
