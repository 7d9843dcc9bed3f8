// Title: Negated and hypothetical claims
// Question: Which relations are only ever stated as negated ("will not recognize") or hypothetical ("might back")?
//   One row per evidence record: its quote, article and character offset.
// Parameters:
//   actor (string, default ""): only relations of this actor (name, alias or id); empty for all
// Example: geoalign query negated_claims --param actor=Serbia
WITH toLower($actor) AS q
MATCH (x)-[r]->(y)
WHERE NOT r.claimed
  AND (q = '' OR toLower(x.id) = q OR toLower(x.name) = q OR any(al IN x.aliases WHERE toLower(al) = q))
OPTIONAL MATCH (e:Evidence)
WHERE e.rel = r.key
RETURN x.name AS source, x.id AS source_id, type(r) AS relation, y.name AS target, y.id AS target_id,
       r.modality AS modality, r.n_evidence AS evidence, coalesce(e.quote, '') AS quote,
       coalesce(e.article, '') AS article, coalesce(e.char_start, 0) AS char_start
ORDER BY source, source_id, relation, target, target_id, modality, evidence, quote, article, char_start
