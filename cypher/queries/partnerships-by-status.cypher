// Partnerships grouped by status, from invitations to operating plants.
// Parameters: none.
MATCH (p:Partnership)
OPTIONAL MATCH (p)-[:PARTY]->(party)
WITH p, collect(party.name) AS parties
RETURN p.status AS status, count(p) AS partnerships, collect(p.name) AS names
ORDER BY CASE p.status WHEN 'invited' THEN 0 WHEN 'planned' THEN 1 WHEN 'negotiating' THEN 2
  WHEN 'announced' THEN 3 WHEN 'signed' THEN 4 WHEN 'operating' THEN 5 ELSE 6 END
