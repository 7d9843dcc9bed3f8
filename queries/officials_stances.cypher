// Title: What officials said, on behalf of their state
// Question: Which stances did office holders take (HOLDS_OFFICE), so that they can be read as their state's position?
// Parameters:
//   state (string, default ""): only officials of this state or body (name, alias or id); empty for all
//   include_negated (boolean, default false): also list stances stated only as negated or hypothetical
// Example: geoalign query officials_stances --param state=Kazakhstan
// The first part lists every state's officials (no state given); the second starts from the named
//   state (NameKey, as the other presets find an actor) and its office holders. Both cut the page before
//   they read a stance (joining every office with every stance took 5-8 s at 100k relations, on both
//   engines): the offices in the answer's order with their holders' stance counts (office holders'
//   only: counting every person's took Neo4j 110k db hits at 100k, 71k so), the first $page_rows of
//   them (each has a row, so the page's rows are theirs), each unwound once per row it adds, as far as
//   $page_rows; the offices among the first $page_rows of those are the ones the page reaches, and only
//   their stances are read and sorted. $page_rows is the count of rows the page still wants from the
//   part (run_saved sends it). UNWIND [i_p] makes LadybugDB walk from each of those officials, not
//   hash-join every relation (60 ms at 100k).
WITH $include_negated AS neg
WHERE $state = ''
MATCH ()<-[o]-(p:Person)
WHERE o:HOLDS_OFFICE
WITH DISTINCT p, neg
MATCH (p)-[r]->()
WHERE r.sign <> 0 AND (neg OR r.claimed)
WITH p, count(*) AS n, neg
MATCH (s)<-[h]-(p)
WHERE h:HOLDS_OFFICE
WITH s, h, p, n, neg
ORDER BY s.name, s.id, p.name, p.id
LIMIT $page_rows
UNWIND range(1, CASE WHEN n < $page_rows THEN n ELSE $page_rows END) AS nth
WITH s, h, p, neg, nth
ORDER BY s.name, s.id, p.name, p.id, nth
LIMIT $page_rows
WITH DISTINCT s, h, p.id AS i_p, neg
UNWIND [i_p] AS i
MATCH (p:__Node__)
WHERE p.id = i
MATCH (p)-[r]->(t)
WHERE r.sign <> 0 AND (neg OR r.claimed)
RETURN s.name AS state, s.id AS state_id, p.name AS official, p.id AS official_id, coalesce(h.role, '') AS office,
       type(r) AS relation, t.name AS target, t.id AS target_id,
       CASE WHEN r.sign > 0 THEN 'support' ELSE 'oppose' END AS stance, coalesce(r.first_date, '') AS first_date
ORDER BY state, state_id, official, official_id, office, relation, target, target_id, stance, first_date
UNION ALL
WITH toLower($state) AS q, $include_negated AS neg
WHERE q <> ''
MATCH (k_s:NameKey {key: q})
UNWIND k_s.ids AS i_s
MATCH (s:__Node__)
WHERE s.id = i_s
MATCH (s)<-[h]-(p:Person)
WHERE h:HOLDS_OFFICE
WITH s, h, p, neg
MATCH (p)-[r]->()
WHERE r.sign <> 0 AND (neg OR r.claimed)
WITH s, h, p, count(*) AS n, neg
ORDER BY s.name, s.id, p.name, p.id
LIMIT $page_rows
UNWIND range(1, CASE WHEN n < $page_rows THEN n ELSE $page_rows END) AS nth
WITH s, h, p, neg, nth
ORDER BY s.name, s.id, p.name, p.id, nth
LIMIT $page_rows
WITH DISTINCT s, h, p.id AS i_p, neg
UNWIND [i_p] AS i
MATCH (p:__Node__)
WHERE p.id = i
MATCH (p)-[r]->(t)
WHERE r.sign <> 0 AND (neg OR r.claimed)
RETURN s.name AS state, s.id AS state_id, p.name AS official, p.id AS official_id, coalesce(h.role, '') AS office,
       type(r) AS relation, t.name AS target, t.id AS target_id,
       CASE WHEN r.sign > 0 THEN 'support' ELSE 'oppose' END AS stance, coalesce(r.first_date, '') AS first_date
ORDER BY state, state_id, official, official_id, office, relation, target, target_id, stance, first_date
