// Title: Actors by PLOVER category
// Question: Which actors act in each PLOVER category (AGREE, SUPPORT, REJECT, COERCE …), and how often?
// Parameters:
//   categories (list, one of AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT, default ""): only these categories; empty for all
//   include_negated (boolean, default false): also count relations stated only as negated or hypothetical
// Example: geoalign query actors_by_plover --param categories=REJECT,ACCUSE
// One UNION ALL part per category, in the answer's order (by name), each counting the relations of
//   that category's types (graph/model.py: a relation's PLOVER category is its type's; the test
//   test_actors_by_plover_types_are_the_models checks these lists): Neo4j reads only those types'
//   relations, and a later part runs only when the earlier ones have too few rows for the page (at
//   100k relations the first category has 1,500-odd actors: one part of 16 for the first page, where
//   every relation was read and grouped by actor and category before).
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'ACCUSE' IN wanted
MATCH (a)-[r]->(t)
WHERE r:CONDEMNS|CRITICIZES AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'ACCUSE' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'AGREE' IN wanted
MATCH (a)-[r]->(t)
WHERE r:AGREED_TO AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'AGREE' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'AID' IN wanted
MATCH (a)-[r]->(t)
WHERE r:AIDS AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'AID' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'ASSAULT' IN wanted
MATCH (a)-[r]->(t)
WHERE r:ATTACKED|INVADED AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'ASSAULT' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'COERCE' IN wanted
MATCH (a)-[r]->(t)
WHERE r:OCCUPIES AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'COERCE' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'CONCEDE' IN wanted
MATCH (a)-[r]->(t)
WHERE r:CONCEDES AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'CONCEDE' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'CONSULT' IN wanted
MATCH (a)-[r]->(t)
WHERE r:MET_WITH AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'CONSULT' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'COOPERATE' IN wanted
MATCH (a)-[r]->(t)
WHERE r:ALLY_OF AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'COOPERATE' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'MOBILIZE' IN wanted
MATCH (a)-[r]->(t)
WHERE r:MOBILIZES AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'MOBILIZE' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'PROTEST' IN wanted
MATCH (a)-[r]->(t)
WHERE r:PROTESTS AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'PROTEST' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'REJECT' IN wanted
MATCH (a)-[r]->(t)
WHERE r:REJECTS|VOTED_AGAINST AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'REJECT' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'REQUEST' IN wanted
MATCH (a)-[r]->(t)
WHERE r:REQUESTS AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'REQUEST' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'RETREAT' IN wanted
MATCH (a)-[r]->(t)
WHERE r:WITHDREW_FROM AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'RETREAT' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'SANCTION' IN wanted
MATCH (a)-[r]->(t)
WHERE r:SANCTIONS AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'SANCTION' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'SUPPORT' IN wanted
MATCH (a)-[r]->(t)
WHERE r:ORGANIZED|RECOGNIZES|SIGNED|SUPPORTS|VOTED_FOR AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'SUPPORT' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
UNION ALL
WITH $categories AS wanted, $include_negated AS neg
WHERE size(wanted) = 0 OR 'THREATEN' IN wanted
MATCH (a)-[r]->(t)
WHERE r:THREATENS AND (neg OR r.claimed)
WITH a, count(r) AS n, sum(r.n_evidence) AS e
RETURN 'THREATEN' AS category, a.name AS actor, a.id AS actor_id, n AS relations, e AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
