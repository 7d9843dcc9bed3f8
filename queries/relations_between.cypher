// Title: Relations between two actors
// Question: What relations connect actor A and actor B (either direction), with their quotes and sources?
//   One row per evidence record (its quote, article and date).
// Parameters:
//   a (string): name, alias or id of the first actor, case-insensitive
//   b (string): name, alias or id of the second actor, case-insensitive
//   include_negated (boolean, default false): also list relations stated only as negated or hypothetical
// Example: geoalign query relations_between --param a=Russia --param b="United States"
WITH toLower($a) AS qa, toLower($b) AS qb, $include_negated AS neg
MATCH (k_x:NameKey {key: qa})
UNWIND k_x.ids AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH x, qb, neg
MATCH (k_y:NameKey {key: qb})
UNWIND k_y.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH x, y.id AS yid, neg
MATCH (x)-[r]-(y)
WHERE y.id = yid AND (neg OR r.claimed)
WITH x, y, r, r.key AS rk
OPTIONAL MATCH (of:EvidenceOf {rel: rk})
UNWIND CASE WHEN of IS NULL THEN [''] ELSE of.ids END AS eid
OPTIONAL MATCH (e:Evidence {id: eid})
RETURN CASE WHEN r.key STARTS WITH (x.id + '|') THEN x.name ELSE y.name END AS source,
       type(r) AS relation,
       CASE WHEN r.key STARTS WITH (x.id + '|') THEN y.name ELSE x.name END AS target,
       r.key AS relation_key, r.modality AS modality, r.n_evidence AS evidence,
       coalesce(r.first_date, '') AS first_date, coalesce(r.last_date, '') AS last_date,
       coalesce(e.quote, '') AS quote, coalesce(e.article, '') AS article, coalesce(e.date, '') AS evidence_date,
       coalesce(e.char_start, 0) AS char_start
ORDER BY source, relation, target, relation_key, modality, evidence, first_date, last_date, evidence_date, article,
         char_start, quote
