// Title: Most-cited relations
// Question: Which relations rest on the most evidence records?
// Parameters:
//   top (integer 1..10000, default 20): how many relations to list
//   types (list, default ""): only these relation types (comma-separated, e.g. REJECTS,SUPPORTS); empty for all
//   include_negated (boolean, default false): also list relations stated only as negated or hypothetical
// Example: geoalign query most_cited --param top=10 --param types=REJECTS,SUPPORTS
// The top is cut by evidence first: the $top-th largest evidence count among the relations asked
//   for (the relations counted by evidence count, the largest counts each unwound once per relation
//   up to $top; one read of each relation's type, claimed flag and count), then only the relations
//   with at least that much evidence are read with their ends' names and sorted (the rest cannot be
//   in the top; at 100k relations ~30 of 86,066, whose names were all read and sorted before). The
//   UNWIND [n] before min() keeps LadybugDB from taking the minimum of an unsorted cut.
WITH $types AS wanted, $include_negated AS neg
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
