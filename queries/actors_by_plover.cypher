// Title: Actors by PLOVER category
// Question: Which actors act in each PLOVER category (AGREE, SUPPORT, REJECT, COERCE …), and how often?
// Parameters:
//   categories (list, one of AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT, default ""): only these categories; empty for all
//   include_negated (boolean, default false): also count relations stated only as negated or hypothetical
// Example: geoalign query actors_by_plover --param categories=REJECT,ACCUSE
WITH $categories AS wanted, $include_negated AS neg
MATCH (a)-[r]->(t)
WHERE r.plover <> 'STRUCTURE' AND (size(wanted) = 0 OR r.plover IN wanted) AND (neg OR r.claimed)
RETURN r.plover AS category, a.name AS actor, a.id AS actor_id, count(r) AS relations,
       sum(r.n_evidence) AS evidence
ORDER BY category, relations DESC, actor, actor_id, evidence
