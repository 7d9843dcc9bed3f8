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
// The whole-graph part lists from the Negated rows kept at write time (one per relation not claimed:
//   ends' ids, type, modality, evidence count; 4,931 of 100k relations) instead of reading every
//   relation's claimed flag: their sources in the answer's order with their rows counted, unwound once
//   per row up to $page_rows, so only the sources the page reaches have their rows' targets looked up
//   (their rows found in one more read of Negated, by the sources collected: a read per source was a
//   label scan each on Neo4j, 13 s for a page of 10,000).
WITH $actor AS q
WHERE q = ''
MATCH (n:Negated)
WITH q, n.source AS sid, count(*) AS c
UNWIND [sid] AS i
MATCH (x:__Node__)
WHERE x.id = i
WITH q, x, c
ORDER BY x.name, x.id
LIMIT $page_rows
UNWIND range(1, CASE WHEN c < $page_rows THEN c ELSE $page_rows END) AS nth
WITH q, x, nth
ORDER BY x.name, x.id, nth
LIMIT $page_rows
WITH DISTINCT q, x.id AS xid
WITH q, collect(xid) AS reached
MATCH (n:Negated)
WHERE n.source IN reached
UNWIND [n.target] AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH n, y
UNWIND [n.source] AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH x, n, y
ORDER BY x.name, x.id, n.type, y.name, y.id, n.modality, n.n_evidence
LIMIT $page_rows
WITH x, n, y, n.key AS rk
OPTIONAL MATCH (of:EvidenceOf {rel: rk})
UNWIND CASE WHEN of IS NULL THEN [''] ELSE of.ids END AS eid
OPTIONAL MATCH (e:Evidence {id: eid})
RETURN x.name AS source, x.id AS source_id, n.type AS relation, y.name AS target, y.id AS target_id,
       n.modality AS modality, n.n_evidence AS evidence, coalesce(e.quote, '') AS quote,
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
