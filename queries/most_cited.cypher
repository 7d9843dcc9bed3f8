// Title: Most-cited relations
// Question: Which relations rest on the most evidence records?
// Parameters:
//   top (integer 1..10000, default 20): how many relations to list
//   types (list, default ""): only these relation types (comma-separated, e.g. REJECTS,SUPPORTS); empty for all
//   include_negated (boolean, default false): also list relations stated only as negated or hypothetical
// Example: geoalign query most_cited --param top=10 --param types=REJECTS,SUPPORTS
// Two parts, one of which runs. The relations with 10 or more evidence records are kept at write time
//   (Cited rows: ends' ids, type, count, claimed, modality, dates; CitedCount: how many per type and
//   '*' for all, claimed and all): when they hold at least $top of the relations asked for, the top is
//   among them and the first part lists from them (at 100k relations 1,278 rows, against a read of
//   every relation); else the second part reads every relation (the two parts' guards are opposite).
// Both cut by evidence first: the $top-th largest evidence count among the relations asked for (the
//   relations counted by evidence count, the largest counts each unwound once per relation up to $top),
//   then only those with at least that much evidence are read with their ends' names and sorted (the
//   rest cannot be in the top). The UNWIND [n] before min() keeps LadybugDB from taking the minimum of
//   an unsorted cut.
WITH $types AS wanted, $include_negated AS neg
UNWIND CASE WHEN size(wanted) = 0 THEN ['*'] ELSE wanted END AS t
WITH DISTINCT wanted, neg, t
OPTIONAL MATCH (k:CitedCount {type: t})
WITH wanted, neg, sum(coalesce(CASE WHEN neg THEN k.n_all ELSE k.n_claimed END, 0)) AS have
WHERE have >= $top
MATCH (c:Cited)
WHERE (size(wanted) = 0 OR c.type IN wanted) AND (neg OR c.claimed)
WITH wanted, neg, c.n_evidence AS n, count(*) AS cnt
ORDER BY n DESC
LIMIT $top
UNWIND range(1, CASE WHEN cnt < $top THEN cnt ELSE $top END) AS nth
WITH wanted, neg, n, nth
ORDER BY n DESC, nth
LIMIT $top
UNWIND [n] AS m
WITH wanted, neg, min(m) AS least
MATCH (c:Cited)
WHERE c.n_evidence >= least AND (size(wanted) = 0 OR c.type IN wanted) AND (neg OR c.claimed)
UNWIND [c.source] AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH c, x
UNWIND [c.target] AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y
RETURN c.n_evidence AS evidence, x.name AS source, x.id AS source_id, c.type AS relation, y.name AS target,
       y.id AS target_id, c.modality AS modality, coalesce(c.first_date, '') AS first_date,
       coalesce(c.last_date, '') AS last_date
ORDER BY evidence DESC, source, source_id, relation, target, target_id, modality, first_date, last_date
LIMIT $top
UNION ALL
WITH $types AS wanted, $include_negated AS neg
UNWIND CASE WHEN size(wanted) = 0 THEN ['*'] ELSE wanted END AS t
WITH DISTINCT wanted, neg, t
OPTIONAL MATCH (k:CitedCount {type: t})
WITH wanted, neg, sum(coalesce(CASE WHEN neg THEN k.n_all ELSE k.n_claimed END, 0)) AS have
WHERE have < $top
MATCH ()-[r]->()
WHERE type(r) <> 'MENTIONS' AND (size(wanted) = 0 OR type(r) IN wanted) AND (neg OR r.claimed)
WITH wanted, neg, r.n_evidence AS n, count(*) AS c
ORDER BY n DESC
LIMIT $top
UNWIND range(1, CASE WHEN c < $top THEN c ELSE $top END) AS nth
WITH wanted, neg, n, nth
ORDER BY n DESC, nth
LIMIT $top
UNWIND [n] AS m
WITH wanted, neg, min(m) AS least
MATCH (x)-[r]->(y)
WHERE r.n_evidence >= least AND type(r) <> 'MENTIONS' AND (size(wanted) = 0 OR type(r) IN wanted) AND (neg OR r.claimed)
RETURN r.n_evidence AS evidence, x.name AS source, x.id AS source_id, type(r) AS relation, y.name AS target,
       y.id AS target_id, r.modality AS modality, coalesce(r.first_date, '') AS first_date,
       coalesce(r.last_date, '') AS last_date
ORDER BY evidence DESC, source, source_id, relation, target, target_id, modality, first_date, last_date
LIMIT $top
