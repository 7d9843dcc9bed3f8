// Title: Negated and hypothetical claims
// Question: Which relations are only ever stated as negated ("will not recognize") or hypothetical ("might back")?
//   One row per evidence record: its quote, article and character offset.
// Parameters:
//   actor (string, default ""): only relations of this actor (name, alias or id); empty for all
// Example: geoalign query negated_claims --param actor=Serbia
// A page is cut before any evidence row is read: the relations in the answer's order (every column
//   before the quote is the relation's; each has at least one row), the first $page_rows of them, then
//   only their evidence rows (EvidenceOf: a relation's evidence ids, as relations_between reads them).
//   An actor given starts from it (NameKey) in a part of its own; the whole-graph part runs without one.
WITH $actor AS q
WHERE q = ''
MATCH (x)-[r]->(y)
WHERE NOT r.claimed
WITH x, r, y
ORDER BY x.name, x.id, type(r), y.name, y.id, r.modality, r.n_evidence
LIMIT $page_rows
WITH x, r, y, r.key AS rk
OPTIONAL MATCH (of:EvidenceOf {rel: rk})
UNWIND CASE WHEN of IS NULL THEN [''] ELSE of.ids END AS eid
OPTIONAL MATCH (e:Evidence {id: eid})
RETURN x.name AS source, x.id AS source_id, type(r) AS relation, y.name AS target, y.id AS target_id,
       r.modality AS modality, r.n_evidence AS evidence, coalesce(e.quote, '') AS quote,
       coalesce(e.article, '') AS article, coalesce(e.char_start, 0) AS char_start
ORDER BY source, source_id, relation, target, target_id, modality, evidence, quote, article, char_start
UNION ALL
WITH toLower($actor) AS q
WHERE q <> ''
MATCH (k_x:NameKey {key: q})
UNWIND k_x.ids AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
MATCH (x)-[r]->(y)
WHERE NOT r.claimed
WITH x, r, y
ORDER BY x.name, x.id, type(r), y.name, y.id, r.modality, r.n_evidence
LIMIT $page_rows
WITH x, r, y, r.key AS rk
OPTIONAL MATCH (of:EvidenceOf {rel: rk})
UNWIND CASE WHEN of IS NULL THEN [''] ELSE of.ids END AS eid
OPTIONAL MATCH (e:Evidence {id: eid})
RETURN x.name AS source, x.id AS source_id, type(r) AS relation, y.name AS target, y.id AS target_id,
       r.modality AS modality, r.n_evidence AS evidence, coalesce(e.quote, '') AS quote,
       coalesce(e.article, '') AS article, coalesce(e.char_start, 0) AS char_start
ORDER BY source, source_id, relation, target, target_id, modality, evidence, quote, article, char_start
